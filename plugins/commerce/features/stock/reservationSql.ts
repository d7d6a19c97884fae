import { sql } from '@payloadcms/db-postgres'
import type { StockMove } from '@/domain/stock'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'
import { afterConsume, afterRelease, afterReserve, canReserve } from '@/shared/db/stockFragments'

export type Reservation =
  | { warehouse: string }
  | { untracked: true }
  /** `most` is the most one warehouse has left now. */
  | { refused: true; most: number }

/**
 * Reserves `quantity` of a product for an order in one statement: the warehouse with the most
 * of it that covers the whole line is locked, and the conditional update moves the quantity only
 * while it is all there, so concurrent orders queue on the row and none takes it below zero. The
 * hold and the product's total are written in the same statement.
 */
export async function reserveLine(
  db: SqlExecutor,
  order: number,
  product: number,
  quantity: number,
): Promise<Reservation> {
  const q = sql`${quantity}::numeric`
  const next = afterReserve('s', q)
  const { rows } = await db.execute<{
    warehouse: string | null
    tracked: boolean
    most: number | null
  }>(sql`
    with pick as (
      select s.id from stock_levels s
       where s.product_id = ${product} and ${canReserve('s', q)}
       order by s.available desc, s.warehouse limit 1
         for update),
    moved as (
      update stock_levels s set available = ${next.available}, reserved = ${next.reserved}, updated_at = now()
        from pick where s.id = pick.id and ${canReserve('s', q)}
      returning s.warehouse),
    hold as (
      insert into stock_holds (order_id, product_id, warehouse, quantity, state, updated_at, created_at)
      select ${order}, ${product}, warehouse, ${q}, 'held', now(), now() from moved
      returning id),
    total as (
      update products set stock_available = stock_available - ${q}
       where id = ${product} and exists (select 1 from moved)
      returning id)
    select (select warehouse from moved) as warehouse,
           exists (select 1 from stock_levels where product_id = ${product}) as tracked,
           (select max(available)::float8 from stock_levels where product_id = ${product}) as most,
           (select count(*) from hold) + (select count(*) from total) as written`)
  const [row] = rows
  if (row.warehouse !== null) return { warehouse: row.warehouse }
  if (!row.tracked) return { untracked: true }
  return { refused: true, most: Math.max(row.most ?? 0, 0) }
}

/** Of these products, the ones some warehouse counts (an order of only others reserves nothing). */
export async function trackedProducts(db: SqlExecutor, products: number[]): Promise<Set<number>> {
  const { rows } = await db.execute<{ id: number }>(sql`
    select id from products where id = any(${sql.param(products)}::int[]) and stock_available is not null`)
  return new Set(rows.map((row) => Number(row.id)))
}

/**
 * Releases (cancelled) or consumes (delivered, given) what an order holds, once: the holds move
 * from held in the same statement that moves the stock, so a second call finds nothing held.
 * Returns the products whose stock came back.
 */
export async function settleHolds(
  db: SqlExecutor,
  order: number,
  move: StockMove,
): Promise<number[]> {
  const q = sql`f.quantity`
  const next = move === 'release' ? afterRelease('s', q) : afterConsume('s', q)
  const { rows } = await db.execute<{ product_id: number }>(sql`
    with flipped as (
      update stock_holds set state = ${move === 'release' ? 'released' : 'consumed'}, updated_at = now()
       where order_id = ${order} and state = 'held'
      returning product_id, warehouse, quantity),
    levels as (
      update stock_levels s set available = ${next.available}, reserved = ${next.reserved}, updated_at = now()
        from flipped f where s.product_id = f.product_id and s.warehouse = f.warehouse
      returning s.product_id)
    select product_id from flipped, (select count(*) from levels) l`)
  return [...new Set(rows.map((row) => Number(row.product_id)))]
}
