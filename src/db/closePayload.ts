import type { Payload } from 'payload'

interface PooledClient {
  release?: () => void
}

/**
 * Shuts Payload's database pool so the process can exit. db-postgres 3.90 keeps its first
 * connection checked out for good and `destroy()` leaves the pool open, so `pool.end()` alone
 * would wait forever: that connection is handed back first.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (
    payload.db as unknown as { pool?: { end: () => Promise<void>; _clients?: PooledClient[] } }
  ).pool
  await payload.destroy()
  if (!pool) return
  for (const client of pool._clients ?? []) {
    try {
      client.release?.()
    } catch {
      // Already idle in the pool.
    }
  }
  await pool.end()
}
