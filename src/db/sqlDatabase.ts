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
