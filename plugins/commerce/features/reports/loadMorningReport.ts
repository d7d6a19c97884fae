import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { addDays } from '@/domain/calendarDate'
import { type MorningReport, type MorningReportRow, summarizeMorning } from '@/domain/morningReport'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/**
 * The day's summary in one aggregate query: the database adds up thousands of order lines far
 * faster than loading them would. Cancelled orders are left out; delivery dates are stored at
 * 12:00 UTC, so the whole UTC day around it is the calendar day.
 */
export async function loadMorningReport(payload: Payload, day: string): Promise<MorningReport> {
  const from = `${day}T00:00:00.000Z`
  const to = `${addDays(day, 1)}T00:00:00.000Z`
  const { rows } = await sqlDatabase(payload).execute<MorningReportRow>(sql`
    select o.fulfillment,
           case when grouping(i.product_id) = 1 then null else i.product_id end as "productId",
           min(i.product_name) as "productName",
           min(i.unit) as unit,
           count(distinct o.id)::int as orders,
           coalesce(sum(i.quantity), 0)::float8 as quantity,
           coalesce(sum(i.line_total), 0)::float8 as amount
      from orders o
      join orders_items i on i._parent_id = o.id
     where o.delivery_date >= ${from}::timestamptz and o.delivery_date < ${to}::timestamptz
       and o.status <> 'cancelled'
     group by grouping sets ((o.fulfillment), (o.fulfillment, i.product_id))`)
  return summarizeMorning(day, rows)
}
