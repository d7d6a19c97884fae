import { sql } from '@payloadcms/db-postgres'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

/**
 * Sets each product's `stockAvailable` to what its warehouses have left: the sum of its rows,
 * null when it has none (no longer counted). The sums come from one grouped pass, not a
 * sub-select per product: a pull touches thousands of products at once.
 */
export async function syncProductStock(db: SqlExecutor, products: number[]): Promise<void> {
  if (products.length === 0) return
  await db.execute(sql`
    with sums as (
      select product_id, sum(available) as total from stock_levels
       where product_id = any(${sql.param(products)}::int[]) group by product_id),
    totals as (
      select t.id, sums.total from unnest(${sql.param(products)}::int[]) t(id)
        left join sums on sums.product_id = t.id)
    update products p set stock_available = totals.total
      from totals
     where p.id = totals.id and p.stock_available is distinct from totals.total`)
}

/**
 * Tells every client waiting for one of these products that it is back, once: the waits of the
 * products now in stock are marked told and their messages written to the outbox in one statement,
 * so a second pull or server finds them told.
 */
export async function announceBackInStock(db: SqlExecutor, products: number[]): Promise<number> {
  if (products.length === 0) return 0
  const { rows } = await db.execute(sql`
    with back as (
      update stock_watches w set notified_at = now(), updated_at = now()
        from products p
       where p.id = w.product_id and w.notified_at is null and p.stock_available > 0
         and w.product_id = any(${sql.param(products)}::int[])
      returning w.client_id, w.product_id, p.name)
    insert into outbox (topic, payload, sequence, status, attempts, available_at, updated_at, created_at)
    select 'stock.back',
           json_build_object('client', client_id, 'product', product_id, 'name', name, 'sequence', 'client:' || client_id)::jsonb,
           'client:' || client_id, 'pending', 0, now(), now(), now()
      from back
    returning id`)
  return rows.length
}
