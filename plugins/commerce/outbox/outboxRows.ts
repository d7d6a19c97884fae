import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlDatabase } from '@/shared/db/sqlDatabase'

export interface ClaimedRow {
  id: number
  topic: string
  payload: Record<string, unknown>
  attempts: number
}

/**
 * Takes up to `limit` due rows for this server. SKIP LOCKED lets several servers claim at once
 * without waiting on or sharing a row; the lease moves `available_at` forward so a row claimed by a
 * server that then dies is claimed again once the lease runs out. Only the oldest pending row of
 * each sequence (`payload.sequence`: one client's messages, one order's card) can be taken, so they
 * arrive in the order they were written, whatever retries happen on the way (an index on the
 * sequence keeps that check cheap when a backlog builds up).
 */
export async function claimOutboxBatch(
  payload: Payload,
  limit: number,
  leaseMs: number,
): Promise<ClaimedRow[]> {
  const { rows } = await sqlDatabase(payload).execute(sql`
    update outbox
       set attempts = attempts + 1,
           available_at = now() + ${`${leaseMs} milliseconds`}::interval,
           updated_at = now()
     where id in (
       select id from outbox
        where status = 'pending' and (available_at is null or available_at <= now())
          and not exists (
            select 1 from outbox earlier
             where earlier.status = 'pending' and earlier.id < outbox.id
               and earlier.sequence = outbox.sequence)
        order by id
        limit ${limit}
        for update skip locked)
    returning id, topic, payload, attempts`)
  return rows
    .map((row) => ({
      id: Number(row.id),
      topic: String(row.topic),
      payload: row.payload as Record<string, unknown>,
      attempts: Number(row.attempts),
    }))
    .sort((a, b) => a.id - b.id)
}

export async function markSent(payload: Payload, id: number): Promise<void> {
  await sqlDatabase(payload).execute(
    sql`update outbox set status = 'sent', sent_at = now(), last_error = null, updated_at = now() where id = ${id}`,
  )
}

export async function markDead(payload: Payload, id: number, error: string): Promise<void> {
  await sqlDatabase(payload).execute(
    sql`update outbox set status = 'dead', last_error = ${error}, updated_at = now() where id = ${id}`,
  )
}

/** Keeps a claimed row this server's for `ms` more: a call to a slow system outlasts the claim's lease. */
export async function extendLease(payload: Payload, id: number, ms: number): Promise<void> {
  await sqlDatabase(payload).execute(sql`
    update outbox set available_at = now() + ${`${ms} milliseconds`}::interval, updated_at = now()
     where id = ${id} and status = 'pending'`)
}

/** Back to the queue at `at`; `countAttempt: false` when the row was only put aside, not tried. */
export async function retryLater(
  payload: Payload,
  id: number,
  at: Date,
  error: string | null,
  countAttempt = true,
): Promise<void> {
  await sqlDatabase(payload).execute(sql`
    update outbox
       set available_at = ${at.toISOString()}::timestamptz,
           last_error = coalesce(${error}, last_error),
           attempts = attempts - ${countAttempt ? 0 : 1},
           updated_at = now()
     where id = ${id}`)
}

/**
 * Rows waiting to be sent. With `dueBy`, a row written for later (never tried, not due by then:
 * the next minute's alert to staff) is not counted; a row claimed or backing off always is.
 */
export async function pendingCount(payload: Payload, dueBy?: Date): Promise<number> {
  const later = dueBy?.toISOString() ?? null
  const { rows } = await sqlDatabase(payload).execute(
    sql`select count(*)::int as n from outbox where status = 'pending'
          and not (${later}::timestamptz is not null and attempts = 0
                   and available_at > ${later}::timestamptz)`,
  )
  return Number(rows[0].n)
}
