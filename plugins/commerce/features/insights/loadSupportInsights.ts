import { sql } from '@payloadcms/db-postgres'
import { addDays } from '@/domain/calendarDate'
import { type DayRange, daysIn, instantsOf } from '@/domain/reportPeriods'
import { categoryBucket, type Spread } from '@/domain/supportInsights'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'
import { supportCasesBetween } from '@/shared/db/supportCaseFragments'

export interface StaffFigures {
  /** The staff account; null for answers given as the group (an anonymous admin). */
  id: number | null
  name: string | null
  firstResponse: Spread
  resolution: Spread
}

export interface SupportInsights {
  range: DayRange
  /** Every day of the range, with the messages clients wrote (`in`) and staff answered (`out`). */
  perDay: { day: string; in: number; out: number }[]
  /** Cases that began in the range, answered or not. */
  cases: number
  firstResponse: Spread
  resolution: Spread
  staff: StaffFigures[]
  /** Clients' messages by their assist's category (null: none given), by day or by week. */
  categories: {
    bucket: 'day' | 'week'
    rows: { period: string; category: string | null; count: number }[]
  }
}

const EMPTY: Spread = { count: 0, median: null, p90: null }

interface SpreadRow {
  measure: 'first' | 'resolution'
  overall: boolean
  staff: number | null
  name: string | null
  count: number
  median: number | null
  p90: number | null
}

/**
 * The support desk's insights over the days of `range` in `timeZone`: a few aggregate statements,
 * the cases (`supportCases`) computed in PostgreSQL from `supportCasesBetween`.
 */
export async function loadSupportInsights(
  db: SqlExecutor,
  { range, timeZone }: { range: DayRange; timeZone: string },
): Promise<SupportInsights> {
  const { from, to } = instantsOf(range, timeZone)
  const within = sql`m.created_at >= ${from.toISOString()}::timestamptz and m.created_at < ${to.toISOString()}::timestamptz`
  const bucket = categoryBucket(daysIn(range))
  const duration = (end: string) => sql.raw(`(extract(epoch from ${end} - asked) * 1000)`)
  const spread = (measure: string, end: string, author: string) => sql`
    select ${measure}::text as measure, grouping(c.${sql.raw(author)}) = 1 as overall,
           c.${sql.raw(author)} as staff, min(u.name) as name, count(*)::int as count,
           round((percentile_cont(0.5) within group (order by ${duration(end)}))::numeric)::float8 as median,
           round((percentile_cont(0.9) within group (order by ${duration(end)}))::numeric)::float8 as p90
      from cases c left join users u on u.id = c.${sql.raw(author)}
     where c.${sql.raw(end)} is not null
     group by grouping sets ((), (c.${sql.raw(author)}))`
  const [days, spreads, cases, categories] = await Promise.all([
    db.execute<{ day: string; in: number; out: number }>(sql`
      select to_char(m.created_at at time zone ${timeZone}, 'YYYY-MM-DD') as day,
             count(*) filter (where m.direction = 'in')::int as in,
             count(*) filter (where m.direction = 'out')::int as out
        from support_messages m where ${within} group by 1`),
    db.execute<SpreadRow>(sql`
      with cases as ${supportCasesBetween(from, to)}
      ${spread('first', 'answered', 'first_author')}
      union all
      ${spread('resolution', 'resolved', 'last_author')}`),
    db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${supportCasesBetween(from, to)} c`,
    ),
    db.execute<{ period: string; category: string | null; count: number }>(sql`
      select to_char(date_trunc(${bucket}, m.created_at at time zone ${timeZone}), 'YYYY-MM-DD') as period,
             m.triage_category as category, count(*)::int as count
        from support_messages m where m.direction = 'in' and ${within}
       group by 1, 2 order by 1, 2`),
  ])
  const byDay = new Map(days.rows.map((row) => [row.day, row]))
  const perDay: SupportInsights['perDay'] = []
  for (let day = range.first; day <= range.last; day = addDays(day, 1))
    perDay.push({ day, in: byDay.get(day)?.in ?? 0, out: byDay.get(day)?.out ?? 0 })
  const spreadOf = (row: SpreadRow | undefined): Spread =>
    row ? { count: row.count, median: row.median, p90: row.p90 } : EMPTY
  const overall = (measure: SpreadRow['measure']) =>
    spreadOf(spreads.rows.find((row) => row.overall && row.measure === measure))
  const staff = new Map<number | null, StaffFigures>()
  for (const row of spreads.rows.filter((candidate) => !candidate.overall)) {
    const id = row.staff === null ? null : Number(row.staff)
    const figures = staff.get(id) ?? {
      id,
      name: row.name,
      firstResponse: EMPTY,
      resolution: EMPTY,
    }
    if (row.measure === 'first') figures.firstResponse = spreadOf(row)
    else figures.resolution = spreadOf(row)
    staff.set(id, figures)
  }
  return {
    range,
    perDay,
    cases: cases.rows[0]?.n ?? 0,
    firstResponse: overall('first'),
    resolution: overall('resolution'),
    staff: [...staff.values()].sort(
      (a, b) =>
        b.firstResponse.count + b.resolution.count - (a.firstResponse.count + a.resolution.count),
    ),
    categories: { bucket, rows: categories.rows },
  }
}
