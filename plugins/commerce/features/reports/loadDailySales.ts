import { sql } from '@payloadcms/db-postgres'

import type { DayRange } from '@/domain/reportPeriods'
import { type DaySales, dailySales } from '@/domain/salesFigures'
import { saleWithin } from '@/shared/db/reportFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

/** Orders and revenue on every day of `range`, days without orders included as zero: the chart. */
export async function loadDailySales(db: SqlExecutor, range: DayRange): Promise<DaySales[]> {
  // Grouped by the date, formatted after: one to_char per day, not per order.
  const { rows } = await db.execute<DaySales>(sql`
    select to_char(d.day, 'YYYY-MM-DD') as day, d.orders, d.revenue
      from (select (o.delivery_date at time zone 'UTC')::date as day, count(*)::int as orders,
                   coalesce(sum(o.total), 0)::float8 as revenue
              from orders o
             where ${saleWithin('o', range)}
             group by 1) d`)
  return dailySales(range, rows)
}
