import { sql } from '@payloadcms/db-postgres'

import { type DayRange, instantsOf } from '@/domain/reportPeriods'
import { answeredAt, startsWait } from '@/shared/db/reportFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

export interface SupportFigures {
  /** Conversations open now. */
  open: number
  /** Open ones whose client's last messages nobody has read. */
  waiting: number
  /** Clients' waits that began in the range and were answered. */
  answered: number
  /** Milliseconds from a client's first unanswered message to staff's answer, the median over `answered`; null for none. */
  medianFirstResponseMs: number | null
}

/** The support desk now, and how fast it answered clients who wrote in `range` (days in `timeZone`). */
export async function loadSupportFigures(
  db: SqlExecutor,
  range: DayRange,
  timeZone: string,
): Promise<SupportFigures> {
  const { from, to } = instantsOf(range, timeZone)
  const { rows } = await db.execute<SupportFigures>(sql`
    with waits as (
      select m.created_at as asked, ${answeredAt('m')} as answered
        from support_messages m
       where m.direction = 'in'
         and m.created_at >= ${from.toISOString()}::timestamptz and m.created_at < ${to.toISOString()}::timestamptz
         and ${startsWait('m')})
    select (select count(*)::int from conversations where status = 'open') as open,
           (select count(*)::int from conversations where status = 'open' and unread_count > 0) as waiting,
           count(answered)::int as answered,
           (percentile_cont(0.5) within group (order by extract(epoch from answered - asked) * 1000)
              filter (where answered is not null))::float8 as "medianFirstResponseMs"
      from waits`)
  return rows[0]
}
