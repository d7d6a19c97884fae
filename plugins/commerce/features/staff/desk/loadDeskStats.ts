import { sql } from '@payloadcms/db-postgres'
import { type DayRange, instantsOf, periodOf } from '@/domain/reportPeriods'
import { answeredAt, saleWithin, startsWait } from '@/shared/db/reportFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

export interface DeskPeriod {
  range: DayRange
  orders: number
  /** Minor units. */
  revenue: number
  /** Median ms from a client's first unanswered message to staff's answer; null for none answered. */
  medianFirstResponseMs: number | null
}

export interface DeskStats {
  day: DeskPeriod
  month: DeskPeriod
  /** Conversations open now, whatever the day asked for. */
  openConversations: number
}

/**
 * `/stats` as of `day`: the dashboard's figures for the day and the month so far, by the same
 * rules (a sale is an order not cancelled, counted on its delivery day; a wait starts at a
 * client's unanswered message, days read in `timeZone`), in one statement.
 */
export async function loadDeskStats(
  db: SqlExecutor,
  day: string,
  timeZone: string,
): Promise<DeskStats> {
  const today = periodOf('day', day)
  const month = periodOf('month', day)
  const todayFrom = instantsOf(today, timeZone).from.toISOString()
  const { from, to } = instantsOf(month, timeZone)
  const { rows } = await db.execute<Record<string, number | null>>(sql`
    with waits as (
      select m.created_at as asked, ${answeredAt('m')} as answered
        from support_messages m
       where m.direction = 'in'
         and m.created_at >= ${from.toISOString()}::timestamptz and m.created_at < ${to.toISOString()}::timestamptz
         and ${startsWait('m')}),
    response as (
      select (percentile_cont(0.5) within group (order by extract(epoch from answered - asked) * 1000)
                filter (where answered is not null and asked >= ${todayFrom}::timestamptz))::float8 as "dayMs",
             (percentile_cont(0.5) within group (order by extract(epoch from answered - asked) * 1000)
                filter (where answered is not null))::float8 as "monthMs"
        from waits),
    sales as (
      select count(*) filter (where ${saleWithin('o', today)})::int as "dayOrders",
             coalesce(sum(o.total) filter (where ${saleWithin('o', today)}), 0)::float8 as "dayRevenue",
             count(*)::int as "monthOrders",
             coalesce(sum(o.total), 0)::float8 as "monthRevenue"
        from orders o where ${saleWithin('o', month)})
    select sales.*, response.*,
           (select count(*)::int from conversations where status = 'open') as "openConversations"
      from sales cross join response`)
  const row = rows[0]
  const period = (range: DayRange, key: 'day' | 'month'): DeskPeriod => ({
    range,
    orders: Number(row[`${key}Orders`]),
    revenue: Number(row[`${key}Revenue`]),
    medianFirstResponseMs: row[`${key}Ms`] === null ? null : Number(row[`${key}Ms`]),
  })
  return {
    day: period(today, 'day'),
    month: period(month, 'month'),
    openConversations: Number(row.openConversations),
  }
}
