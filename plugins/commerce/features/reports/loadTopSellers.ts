import { sql } from '@payloadcms/db-postgres'

import type { DayRange } from '@/domain/reportPeriods'
import { saleWithin } from '@/shared/db/reportFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

export interface TopProduct {
  productId: number
  name: string
  unit: string
  quantity: number
  /** Minor units. */
  revenue: number
}

export interface TopClient {
  clientId: number
  name: string
  orders: number
  /** Minor units. */
  revenue: number
}

/**
 * The products that brought the most revenue in `range`, from the lines' copied prices. Named as
 * the catalog names them now, else as the line was written. The period's orders are listed first
 * and their lines looked up by order: joined instead, PostgreSQL would hash the lines of every
 * order ever taken (3.5 million for three years, 0.4 s) to keep a month's.
 */
export async function loadTopProducts(
  db: SqlExecutor,
  range: DayRange,
  limit = 10,
): Promise<TopProduct[]> {
  const { rows } = await db.execute<TopProduct>(sql`
    select t.product_id as "productId", coalesce(p.name, t.name) as name, coalesce(p.unit::text, t.unit, '') as unit,
           t.quantity, t.revenue
      from (select i.product_id, min(i.product_name) as name, min(i.unit) as unit,
                   sum(i.quantity)::float8 as quantity, coalesce(sum(i.line_total), 0)::float8 as revenue
              from orders_items i
             where i._parent_id = any(array(select o.id from orders o where ${saleWithin('o', range)}))
             group by i.product_id
             order by revenue desc, i.product_id
             limit ${limit}) t
      left join products p on p.id = t.product_id
     order by t.revenue desc, t.product_id`)
  return rows
}

/** The clients who bought the most in `range`. */
export async function loadTopClients(
  db: SqlExecutor,
  range: DayRange,
  limit = 10,
): Promise<TopClient[]> {
  const { rows } = await db.execute<TopClient>(sql`
    select t.client_id as "clientId", c.name, t.orders, t.revenue
      from (select o.client_id, count(*)::int as orders, coalesce(sum(o.total), 0)::float8 as revenue
              from orders o
             where ${saleWithin('o', range)}
             group by o.client_id
             order by revenue desc, o.client_id
             limit ${limit}) t
      join clients c on c.id = t.client_id
     order by t.revenue desc, t.client_id`)
  return rows
}
