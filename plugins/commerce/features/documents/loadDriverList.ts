import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { addDays } from '@/domain/calendarDate'
import { type DeliveryStop, type DriverList, driverList, NO_ROUTE } from '@/domain/driverList'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { routeIn } from './routeSql'

const ROUTE = routeIn(sql`c.route`)

/**
 * The day's delivery orders that are not cancelled, with their clients and lines, in one query
 * however many orders the day has; grouped by route in the domain. `route` keeps one route
 * (`NO_ROUTE`: the orders without one). Delivery dates are stored at 12:00 UTC: the UTC day
 * around it is the calendar day.
 */
export async function loadDriverList(
  payload: Payload,
  day: string,
  route: string | null,
): Promise<DriverList> {
  const from = `${day}T00:00:00.000Z`
  const to = `${addDays(day, 1)}T00:00:00.000Z`
  const onRoute =
    route === null
      ? sql``
      : route === NO_ROUTE
        ? sql`and ${ROUTE} is null`
        : sql`and ${ROUTE} = ${route}`
  const { rows } = await sqlDatabase(payload).execute<DeliveryStop>(sql`
    select o.id as "orderId", o.number::int as number, o.status::text as status,
           o.payment_status::text as "paymentStatus",
           coalesce(c.name, '#' || o.client_id::text, '—') as "clientName",
           c.contact_name as "contactName", c.phone,
           coalesce(nullif(btrim(o.delivery_address), ''), nullif(btrim(c.delivery_address), '')) as address,
           ${ROUTE} as route, nullif(btrim(o.comment), '') as comment,
           coalesce(o.total, 0)::float8 as total, coalesce(o.amount_paid, 0)::float8 as "amountPaid",
           coalesce((select json_agg(json_build_object(
                              'product', coalesce(i.product_name, ''), 'unit', coalesce(i.unit, 'pcs'),
                              'quantity', i.quantity::float8, 'unitPrice', coalesce(i.unit_price, 0)::float8,
                              'lineTotal', coalesce(i.line_total, 0)::float8)
                            order by i._order)
                       from orders_items i where i._parent_id = o.id), '[]'::json) as lines
      from orders o
      left join clients c on c.id = o.client_id
     where o.delivery_date >= ${from}::timestamptz and o.delivery_date < ${to}::timestamptz
       and o.fulfillment = 'delivery' and o.status <> 'cancelled'
       ${onRoute}`)
  return driverList(rows)
}
