import { PAYME_STATE } from './payme'

/**
 * The nightly comparison of what a provider's own record says (Payme's and Click's protocol
 * tables) with our ledger: every movement the provider knows should be in the books with the same
 * order, amount and status, and every Payme or Click movement in the books should be known to it.
 */
export interface LedgerLine {
  provider: string
  externalId: string
  kind: string
  order: number | null
  amount: number
  status: string
}

export interface Difference {
  provider: string
  externalId: string
  order: number | null
  /** What differs: missing from our books, unknown to the provider, or a field that disagrees. */
  issue: 'missing_in_ledger' | 'unknown_to_provider' | 'amount' | 'status' | 'order'
  expected?: string | number | null
  actual?: string | number | null
}

/** The ledger lines a Payme transaction in `state` stands for: its payment and, after -2, the refund. */
export function paymeLedgerLines(tx: {
  paymeId: string
  order: number
  amount: number
  state: number
}): LedgerLine[] {
  const status =
    tx.state === PAYME_STATE.created
      ? 'pending'
      : tx.state === PAYME_STATE.cancelled
        ? 'failed'
        : 'succeeded'
  const lines: LedgerLine[] = [
    {
      provider: 'payme',
      externalId: tx.paymeId,
      kind: 'payment',
      order: tx.order,
      amount: tx.amount,
      status,
    },
  ]
  if (tx.state === PAYME_STATE.cancelledAfterPerform)
    lines.push({
      provider: 'payme',
      externalId: `${tx.paymeId}:refund`,
      kind: 'refund',
      order: tx.order,
      amount: tx.amount,
      status: 'succeeded',
    })
  return lines
}

/** The ledger line a Click payment in `state` stands for. */
export function clickLedgerLine(tx: {
  clickTransId: string
  order: number
  amount: number
  state: string
}): LedgerLine {
  const status =
    tx.state === 'completed' ? 'succeeded' : tx.state === 'cancelled' ? 'failed' : 'pending'
  return {
    provider: 'click',
    externalId: tx.clickTransId,
    kind: 'payment',
    order: tx.order,
    amount: tx.amount,
    status,
  }
}

/**
 * Every disagreement between what the providers' records stand for and the ledger's lines of
 * those providers. A payment refunded since (`refunded` in the books) still agrees with a
 * performed one: the refund is its own line.
 */
export function statementDifferences(
  expected: readonly LedgerLine[],
  ledger: readonly LedgerLine[],
): Difference[] {
  const key = (line: LedgerLine) => `${line.provider}\u0000${line.externalId}`
  const books = new Map(ledger.map((line) => [key(line), line]))
  const known = new Set(expected.map(key))
  const differences: Difference[] = []
  for (const line of expected) {
    const actual = books.get(key(line))
    const base = { provider: line.provider, externalId: line.externalId, order: line.order }
    if (!actual) {
      differences.push({ ...base, issue: 'missing_in_ledger', expected: line.amount })
      continue
    }
    if (actual.order !== line.order)
      differences.push({ ...base, issue: 'order', expected: line.order, actual: actual.order })
    if (actual.amount !== line.amount)
      differences.push({ ...base, issue: 'amount', expected: line.amount, actual: actual.amount })
    const same =
      actual.status === line.status || (line.status === 'succeeded' && actual.status === 'refunded')
    if (!same)
      differences.push({ ...base, issue: 'status', expected: line.status, actual: actual.status })
  }
  for (const line of ledger)
    if (!known.has(key(line)))
      differences.push({
        provider: line.provider,
        externalId: line.externalId,
        order: line.order,
        issue: 'unknown_to_provider',
        actual: line.amount,
      })
  return differences
}
