import { describe, expect, it } from '@jest/globals'
import {
  clickLedgerLine,
  type LedgerLine,
  paymeLedgerLines,
  statementDifferences,
} from '@/domain/providerStatements'

const line = (externalId: string, extra: Partial<LedgerLine> = {}): LedgerLine => ({
  provider: 'payme',
  externalId,
  kind: 'payment',
  order: 1,
  amount: 100,
  status: 'succeeded',
  ...extra,
})

describe('comparing providers\u2019 records with the ledger', () => {
  it('stands a Payme transaction for its payment, and its refund after -2', () => {
    expect(paymeLedgerLines({ paymeId: 'a', order: 1, amount: 100, state: 1 })[0].status).toBe(
      'pending',
    )
    expect(paymeLedgerLines({ paymeId: 'a', order: 1, amount: 100, state: -1 })[0].status).toBe(
      'failed',
    )
    const refunded = paymeLedgerLines({ paymeId: 'a', order: 1, amount: 100, state: -2 })
    expect(refunded.map((l) => [l.externalId, l.kind, l.status])).toEqual([
      ['a', 'payment', 'succeeded'],
      ['a:refund', 'refund', 'succeeded'],
    ])
    expect(
      clickLedgerLine({ clickTransId: 'c', order: 1, amount: 5, state: 'completed' }).status,
    ).toBe('succeeded')
  })

  it('finds nothing when the books agree, a refunded payment included', () => {
    expect(
      statementDifferences([line('a'), line('b')], [line('b', { status: 'refunded' }), line('a')]),
    ).toEqual([])
  })

  it('names each disagreement', () => {
    const differences = statementDifferences(
      [line('missing'), line('amount'), line('status'), line('order')],
      [
        line('amount', { amount: 99 }),
        line('status', { status: 'pending' }),
        line('order', { order: 2 }),
        line('stray'),
      ],
    )
    expect(differences.map((d) => [d.externalId, d.issue])).toEqual([
      ['missing', 'missing_in_ledger'],
      ['amount', 'amount'],
      ['status', 'status'],
      ['order', 'order'],
      ['stray', 'unknown_to_provider'],
    ])
  })
})
