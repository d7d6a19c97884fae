import type { PayloadRequest } from 'payload'

export interface SqlExecutor {
  execute: <Row = Record<string, unknown>>(query: unknown) => Promise<{ rows: Row[] }>
}

/**
 * The handle of the request's own transaction, so raw SQL joins it instead of waiting for a
 * second pooled connection (which deadlocks once every connection holds an open transaction).
 */
export async function transactionDatabase(req: PayloadRequest): Promise<SqlExecutor> {
  const db = req.payload.db as unknown as { drizzle: SqlExecutor; sessions?: Record<string, { db?: SqlExecutor }> }
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
}
