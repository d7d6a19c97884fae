import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'

export const DEAD_LETTERS_TOPIC = 'integrations.dead_letters'
/** Staff hear of new dead letters at most once a minute: a storm of failures is one message. */
const ALERT_INTERVAL = '60 seconds'

export interface DeadLetter {
  integration: string
  call: string
  /** What the call was asked to do. */
  payload: Record<string, unknown>
  error: string
  attempts: number
  /** The outbox message that makes the call again, for the admin's "retry". */
  retry?: { topic: string; body: Record<string, unknown> }
}

/** Parks a call that failed after its last try where staff see it, and tells them within a minute. */
export async function recordDeadLetter(
  payload: Payload,
  letter: DeadLetter,
  req?: PayloadRequest,
): Promise<void> {
  await payload.create({
    collection: 'integration-failures',
    data: { ...letter, status: 'open' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await scheduleAlert(payload, req)
  payload.logger.error(
    { integration: letter.integration, call: letter.call, err: letter.error },
    'integration: dead letter',
  )
}

/**
 * Queues the staff alert unless one is waiting already, a minute after the last one went: the
 * alert, when it is sent, lists every failure not announced yet.
 */
export async function scheduleAlert(payload: Payload, req?: PayloadRequest): Promise<void> {
  const db = req ? await transactionDatabase(req) : sqlDatabase(payload)
  await db.execute(sql`
    insert into outbox (topic, payload, sequence, status, attempts, available_at)
    select ${DEAD_LETTERS_TOPIC}, jsonb_build_object('sequence', ${DEAD_LETTERS_TOPIC}::text),
           ${DEAD_LETTERS_TOPIC}, 'pending', 0,
           greatest(now(), coalesce(
             (select max(sent_at) from outbox where topic = ${DEAD_LETTERS_TOPIC} and status = 'sent'),
             '-infinity') + ${ALERT_INTERVAL}::interval)
     where not exists (
       select 1 from outbox where topic = ${DEAD_LETTERS_TOPIC} and status = 'pending')`)
}

export interface UnannouncedFailure {
  id: number
  integration: string
  call: string
  error: string
}

/** The open failures staff have not been told of, oldest first, and how many there are in all. */
export async function unannouncedFailures(
  payload: Payload,
  limit: number,
): Promise<{ failures: UnannouncedFailure[]; total: number; lastId: number }> {
  const { rows } = await sqlDatabase(payload).execute(sql`
    select id, integration, call, error, count(*) over () as total, max(id) over () as last_id
      from integration_failures
     where announced_at is null and status = 'open'
     order by id limit ${limit}`)
  return {
    failures: rows.map((row) => ({
      id: Number(row.id),
      integration: String(row.integration),
      call: String(row.call),
      error: String(row.error),
    })),
    total: Number(rows[0]?.total ?? 0),
    lastId: Number(rows[0]?.last_id ?? 0),
  }
}

/**
 * Marks the failures an alert counted (up to `lastId`) as told to staff; another alert is queued
 * for any that came while it was being sent.
 */
export async function markAnnounced(payload: Payload, lastId: number): Promise<void> {
  await sqlDatabase(payload).execute(
    sql`update integration_failures set announced_at = now() where announced_at is null and id <= ${lastId}`,
  )
  const { total } = await unannouncedFailures(payload, 1)
  if (total > 0) await scheduleAlert(payload)
}
