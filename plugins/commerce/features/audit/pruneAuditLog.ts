import { postgresRunCoordinator } from '@commerce/scheduler/runCoordinator'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { calendarDateIn, timeOfDayIn } from '@/domain/calendarDate'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

const DAY_MS = 24 * 60 * 60 * 1000
/** What the settings keep when nobody chose: a year. */
export const DEFAULT_RETENTION_DAYS = 365
/** Rows deleted per statement: a long log goes in short steps that never hold writers up for long. */
const BATCH = 5000
/** Quiet hours, in the business's time zone. */
const PRUNE_AT = '03:30'

/** Deletes the entries older than the settings' retention; says how many and from when. */
export async function pruneAuditLog(
  payload: Payload,
  now = new Date(),
): Promise<{ deleted: number; before: string }> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const days = settings.auditRetentionDays ?? DEFAULT_RETENTION_DAYS
  const before = new Date(now.getTime() - days * DAY_MS).toISOString()
  const db = sqlDatabase(payload)
  let deleted = 0
  for (;;) {
    const { rows } = await db.execute<{ id: number }>(sql`
      delete from audit_log where id in (
        select id from audit_log where created_at < ${before} limit ${BATCH})
      returning id`)
    deleted += rows.length
    if (rows.length < BATCH) return { deleted, before }
  }
}

/** Once a day, after quiet hours begin, on one server: the run key decides which. */
export async function pruneAuditLogIfDue(payload: Payload, now = new Date()) {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const timeZone = settings.timezone || 'Asia/Tashkent'
  if (timeOfDayIn(now, timeZone) < PRUNE_AT) return 'not-due'
  const key = `audit-prune:${calendarDateIn(now, timeZone)}`
  const coordinator = postgresRunCoordinator(payload)
  if (!(await coordinator.shouldRun(key, 30 * 60_000))) return 'already-done'
  const result = await pruneAuditLog(payload, now)
  await coordinator.onComplete(key)
  return result
}
