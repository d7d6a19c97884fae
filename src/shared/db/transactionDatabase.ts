import type { PayloadRequest } from 'payload'

import { type SqlExecutor, sqlDatabase } from './sqlDatabase'

/**
 * The handle of the request's own transaction, so raw SQL joins it instead of waiting for a
 * second pooled connection (which deadlocks once every connection holds an open transaction).
 */
export async function transactionDatabase(req: PayloadRequest): Promise<SqlExecutor> {
  const sessions = (
    req.payload.db as unknown as { sessions?: Record<string, { db?: SqlExecutor }> }
  ).sessions
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && sessions?.[String(id)]?.db) || sqlDatabase(req.payload)
}
