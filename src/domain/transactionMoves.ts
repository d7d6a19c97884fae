/**
 * A recorded movement of money only moves forward: a provider's late or repeated event can add
 * what happened since, never undo it (an expired link does not unpay a paid order).
 */
export type TransactionStatus = 'pending' | 'succeeded' | 'failed' | 'refunded' | 'disputed'

const FORWARD: Record<TransactionStatus, readonly TransactionStatus[]> = {
  pending: ['succeeded', 'failed', 'refunded', 'disputed'],
  // Money taken on a link we had already given up for lost is still money taken.
  failed: ['succeeded'],
  succeeded: ['refunded', 'disputed'],
  refunded: ['disputed'],
  disputed: [],
}

export function movesForward(from: TransactionStatus, to: TransactionStatus): boolean {
  return from === to || FORWARD[from].includes(to)
}

/** What identifies one movement beyond its provider id: a repeat must agree on all of it. */
export interface MovementIdentity {
  order: number | null
  kind: string
  status: TransactionStatus
  amount: number
  reference?: string | null
}

/**
 * Which field tells `incoming` apart from the movement already recorded under the same provider
 * id, or null when it is the same movement told again. An amount may still change while the
 * movement is pending (a card session's final amount), never after.
 */
export function movementConflict(
  existing: MovementIdentity,
  incoming: MovementIdentity,
): 'order' | 'kind' | 'amount' | 'reference' | null {
  if (existing.order !== incoming.order) return 'order'
  if (existing.kind !== incoming.kind) return 'kind'
  if (existing.status !== 'pending' && existing.amount !== incoming.amount) return 'amount'
  if (existing.reference && incoming.reference && existing.reference !== incoming.reference)
    return 'reference'
  return null
}
