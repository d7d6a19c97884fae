import { processSingleton } from './processSingleton'

const state = processSingleton('draining', () => ({ since: null as Date | null }))

/**
 * Marks this process as shutting down: readiness answers 503 from now on, so a load balancer
 * stops sending new requests while the ones in flight finish. Liveness stays 200.
 */
export function markDraining(): void {
  state.since ??= new Date()
}

/** Since when this process drains, or null while it serves normally. */
export const drainingSince = (): Date | null => state.since
