import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'

/** A message for the dispatcher. Messages with the same `body.sequence` are delivered one at a time, in the order they were written. */
export interface OutboxMessage {
  topic: string
  body: Record<string, unknown> & { sequence?: string }
  /** Not before this moment; now by default. */
  availableAt?: Date
}

/**
 * Writes messages for the dispatcher, in one statement. With `req` it joins that request's
 * transaction, so the messages exist only if the change they announce is committed.
 */
export async function enqueueAll(
  payload: Payload,
  messages: OutboxMessage[],
  req?: PayloadRequest,
): Promise<void> {
  if (messages.length === 0) return
  const now = new Date()
  // Plain SQL: internal rows with nothing to validate, written on hot paths (every new order).
  const db = req ? await transactionDatabase(req) : sqlDatabase(payload)
  await db.execute(sql`
    insert into outbox (topic, payload, sequence, status, attempts, available_at)
    select topic, body::jsonb, body::jsonb->>'sequence', 'pending', 0, available_at
      from unnest(
        ${sql.param(messages.map((message) => message.topic))}::text[],
        ${sql.param(messages.map((message) => JSON.stringify(message.body)))}::text[],
        ${sql.param(messages.map((message) => (message.availableAt ?? now).toISOString()))}::timestamptz[]
      ) with ordinality as m(topic, body, available_at, n)
     order by n`)
}

/** Writes one message for the dispatcher; see `enqueueAll`. */
export function enqueue(
  payload: Payload,
  topic: string,
  body: OutboxMessage['body'],
  req?: PayloadRequest,
  availableAt?: Date,
): Promise<void> {
  return enqueueAll(payload, [{ topic, body, availableAt }], req)
}
