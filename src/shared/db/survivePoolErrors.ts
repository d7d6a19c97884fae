import type { EventEmitter } from 'node:events'
import type { Payload } from 'payload'

/**
 * A pooled connection that dies while idle (PostgreSQL restarted, a network cut) emits `error` on
 * the pool, and db-postgres listens for none: unhandled, it ends the whole process, and liveness
 * with it. Logged instead; the pool opens a fresh connection when next asked.
 */
export function survivePoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: EventEmitter }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error: Error) =>
    payload.logger.error({ err: error }, 'database: an idle pooled connection failed'),
  )
}
