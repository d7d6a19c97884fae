import type { Payload } from 'payload'

export interface SqlExecutor {
  execute: <Row = Record<string, unknown>>(query: unknown) => Promise<{ rows: Row[] }>
}

/**
 * Drizzle's handle on Payload's pool, for the few hot or locking queries written as plain SQL
 * (Payload's query builder costs more CPU than the query itself on the bot's every update).
 */
export function sqlDatabase(payload: Payload): SqlExecutor {
  return (payload.db as unknown as { drizzle: SqlExecutor }).drizzle
}

/**
 * Runs `work` on one connection in a read-only REPEATABLE READ transaction: every query in it
 * sees the database as it was at its first, whatever commits meanwhile.
 */
export function inSnapshot<T>(payload: Payload, work: (db: SqlExecutor) => Promise<T>): Promise<T> {
  const { drizzle } = payload.db as unknown as {
    drizzle: {
      transaction: (
        run: (tx: SqlExecutor) => Promise<T>,
        config: { isolationLevel: 'repeatable read'; accessMode: 'read only' },
      ) => Promise<T>
    }
  }
  return drizzle.transaction(work, { isolationLevel: 'repeatable read', accessMode: 'read only' })
}
