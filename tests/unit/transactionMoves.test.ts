import { describe, expect, it } from '@jest/globals'

import { movementConflict, movesForward } from '@/domain/transactionMoves'

describe('a recorded movement', () => {
  it.each([
    ['pending', 'succeeded', true],
    ['pending', 'failed', true],
    ['failed', 'succeeded', true],
    ['succeeded', 'refunded', true],
    ['succeeded', 'disputed', true],
    ['succeeded', 'succeeded', true],
    ['succeeded', 'failed', false],
    ['succeeded', 'pending', false],
    ['failed', 'pending', false],
    ['disputed', 'succeeded', false],
    ['refunded', 'succeeded', false],
  ] as const)('moves from %s to %s: %s', (from, to, allowed) => {
    expect(movesForward(from, to)).toBe(allowed)
  })

  it('is the same movement only when order, kind, a settled amount and the reference agree', () => {
    const paid = {
      order: 7,
      kind: 'payment',
      status: 'succeeded',
      amount: 8_000_000,
      reference: 'PP-1',
    } as const
    expect(movementConflict(paid, { ...paid })).toBeNull()
    expect(movementConflict(paid, { ...paid, reference: null })).toBeNull()
    expect(movementConflict(paid, { ...paid, order: 8 })).toBe('order')
    expect(movementConflict(paid, { ...paid, kind: 'refund' })).toBe('kind')
    expect(movementConflict(paid, { ...paid, amount: 1 })).toBe('amount')
    expect(movementConflict(paid, { ...paid, reference: 'PP-2' })).toBe('reference')
    expect(
      movementConflict({ ...paid, status: 'pending' }, { ...paid, amount: 7_000_000 }),
    ).toBeNull()
  })
})
