import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDatabase } from '../../../collections/transactionDatabase'
import { sqlDatabase } from '../../../src/db/sqlDatabase'

/**
 * Writes a message for the dispatcher. With `req` it joins that request's transaction, so the
 * message exists only if the change it announces is committed. Messages with the same
 * `body.sequence` are delivered one at a time, in the order they were written.
 */
export async function enqueue(
  payload: Payload,
  topic: string,
  body: Record<string, unknown> & { sequence?: string },
  req?: PayloadRequest,
  /** Not before this moment. */
  availableAt = new Date(),
): Promise<void> {
  // Plain SQL: an internal row with nothing to validate, written on hot paths (three per new order).
  const db = req ? await transactionDatabase(req) : sqlDatabase(payload)
  await db.execute(sql`
    insert into outbox (topic, payload, status, attempts, available_at)
    values (${topic}, ${JSON.stringify(body)}::jsonb, 'pending', 0, ${availableAt.toISOString()})`)
}
