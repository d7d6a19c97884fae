import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { addDays, calendarDateToStored } from '@/domain/calendarDate'
import { type PickRow, pickListsOf, type WarehousePickList } from '@/domain/stockPickList'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/**
 * The day's pick lists: what each warehouse packs for the orders delivered or picked up that day
 * (every order not cancelled whose stock is held or already handed over), by order number.
 */
export async function loadPickLists(
  payload: Payload,
  day: string,
  warehouse?: string,
): Promise<WarehousePickList[]> {
  // Stored days are noon UTC: the day's orders lie between the two noons.
  const from = calendarDateToStored(day)
  const to = calendarDateToStored(addDays(day, 1))
  const { rows } = await sqlDatabase(payload).execute<PickRow>(sql`
    select h.warehouse, o.number::int as order, p.sku, p.name, p.unit, h.quantity::float8 as quantity
      from stock_holds h
      join orders o on o.id = h.order_id
      join products p on p.id = h.product_id
     where o.delivery_date >= ${from}::timestamptz and o.delivery_date < ${to}::timestamptz
       and o.status <> 'cancelled' and h.state in ('held', 'consumed')
       ${warehouse ? sql`and h.warehouse = ${warehouse}` : sql``}
     order by h.warehouse, p.sku, o.number`)
  return pickListsOf(rows)
}
