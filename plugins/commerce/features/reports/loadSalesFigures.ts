import { sql } from '@payloadcms/db-postgres'

import {
  type DayRange,
  instantsOf,
  PERIOD_KINDS,
  type PeriodKind,
  periodOf,
  previousPeriod,
} from '@/domain/reportPeriods'
import { type PeriodFigures, periodFigures, type Sales } from '@/domain/salesFigures'
import { deliveredWithin, saleWithin } from '@/shared/db/reportFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

/** Today, this week and this month as of `day`, each with the same stretch of the period before. */
export function comparedPeriods(day: string): Record<PeriodKind, [DayRange, DayRange]> {
  return Object.fromEntries(
    PERIOD_KINDS.map((kind) => [kind, [periodOf(kind, day), previousPeriod(kind, day)]]),
  ) as Record<PeriodKind, [DayRange, DayRange]>
}

/** The days every range touches, from the earliest first to the latest last. */
const span = (ranges: DayRange[]): DayRange => ({
  first: ranges.map((range) => range.first).sort()[0],
  last: ranges
    .map((range) => range.last)
    .sort()
    .at(-1)!,
})

/**
 * Orders and revenue for each range in one pass over the delivery-date index: each range is a
 * filter on the rows of the span they cover together (two months at most).
 */
export async function loadSales(db: SqlExecutor, ranges: DayRange[]): Promise<Sales[]> {
  const columns = ranges.map(
    (range, i) =>
      sql`count(*) filter (where ${deliveredWithin('o', range)})::int as ${sql.raw(`"orders${i}"`)},
          coalesce(sum(o.total) filter (where ${deliveredWithin('o', range)}), 0)::float8 as ${sql.raw(`"revenue${i}"`)}`,
  )
  const { rows } = await db.execute<Record<string, number>>(sql`
    select ${sql.join(columns, sql`, `)} from orders o where ${saleWithin('o', span(ranges))}`)
  return ranges.map((_, i) => ({ orders: rows[0][`orders${i}`], revenue: rows[0][`revenue${i}`] }))
}

/** Clients who signed up in each range, the days read in the business's time zone. */
export async function loadNewClients(
  db: SqlExecutor,
  ranges: DayRange[],
  timeZone: string,
): Promise<number[]> {
  const within = (range: DayRange) => {
    const { from, to } = instantsOf(range, timeZone)
    return sql`c.created_at >= ${from.toISOString()}::timestamptz and c.created_at < ${to.toISOString()}::timestamptz`
  }
  const columns = ranges.map(
    (range, i) => sql`count(*) filter (where ${within(range)})::int as ${sql.raw(`"clients${i}"`)}`,
  )
  const { rows } = await db.execute<Record<string, number>>(sql`
    select ${sql.join(columns, sql`, `)} from clients c where ${within(span(ranges))}`)
  return ranges.map((_, i) => rows[0][`clients${i}`])
}

export type SalesFigures = Record<
  PeriodKind,
  { current: DayRange; previous: DayRange } & PeriodFigures
>

/** Orders, revenue, average order and new clients for today, this week and this month, against the periods before. */
export async function loadSalesFigures(
  db: SqlExecutor,
  day: string,
  timeZone: string,
): Promise<SalesFigures> {
  const periods = comparedPeriods(day)
  const ranges = PERIOD_KINDS.flatMap((kind) => periods[kind])
  const [sales, clients] = await Promise.all([
    loadSales(db, ranges),
    loadNewClients(db, ranges, timeZone),
  ])
  return Object.fromEntries(
    PERIOD_KINDS.map((kind, k) => {
      const [current, previous] = periods[kind]
      const at = (i: number) => ({ ...sales[i], newClients: clients[i] })
      return [kind, { current, previous, ...periodFigures(at(2 * k), at(2 * k + 1)) }]
    }),
  ) as SalesFigures
}
