import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import {
  alertsStaff,
  nextCursor,
  type RowProblem,
  type SkippedRow,
  skusOf,
  sortPage,
  type WarehouseStockRow,
} from '@/domain/stockPull'
import { inTransaction } from '@/shared/db/inTransaction'
import { type SqlExecutor, sqlDatabase } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { announceBackInStock, syncProductStock } from './productStock'
import { warehouseApi } from './warehouseClient'

/** A run of the pull longer than this many pages is a warehouse looping, not one with news. */
const MAX_PAGES = 1000
/** How many set-aside rows the sync row keeps for staff to read. */
const KEPT_SKIPPED = 100
const SYNC_KEY = 'warehouse'

export type PullOutcome =
  | 'not configured'
  | {
      applied: number
      skipped: { sku: string; warehouse: string; reason: RowProblem }[]
      pages: number
      cursor: string | null
    }
  | { failed: string; failuresInRow: number }

/**
 * Pulls what changed at the warehouse since the cursor. Every page is fetched (and checked
 * against the contract) before anything is written; then each page is one multi-row upsert, all
 * in one transaction with the new cursor. So a warehouse failing on any page, or answering
 * garbage, leaves the last known stock and the cursor as they were; staff hear of the third
 * failure in a row.
 */
export async function pullStock(
  payload: Payload,
  api = warehouseApi(payload),
): Promise<PullOutcome> {
  if (!api) return 'not configured'
  const state = await syncState(sqlDatabase(payload))
  const pages: unknown[][] = []
  try {
    for (let page: number | null = 1; page !== null; ) {
      if (pages.length >= MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages`)
      const answer = await api.stockPage(state.cursor, page)
      pages.push(answer.items)
      page = answer.next_page
    }
  } catch (error) {
    return failed(payload, error instanceof Error ? error.message : String(error))
  }
  return applyPages(payload, pages, state.cursor)
}

/**
 * Applies fetched pages in one transaction: each page's rows checked (a bad row set aside by
 * name), upserted in one statement, then the products' totals, the waiting clients and the cursor.
 */
export async function applyPages(
  payload: Payload,
  pages: unknown[][],
  from: string | null,
): Promise<Extract<PullOutcome, { applied: number }>> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    const applied: WarehouseStockRow[] = []
    const skipped: SkippedRow[] = []
    const touched = new Set<number>()
    // One look-up for every page: a round trip per page cost more than the rows it read.
    const known = await knownSkus(db, pages.flat())
    for (const rows of pages) {
      const page = sortPage(rows, known)
      for (const id of await upsertPage(db, page.apply)) touched.add(id)
      applied.push(...page.apply)
      skipped.push(...page.skipped)
    }
    await syncProductStock(db, [...touched])
    await announceBackInStock(db, [...touched])
    const cursor = nextCursor(from, applied)
    await db.execute(sql`
      update stock_sync set cursor = ${cursor}, failures_in_row = 0, last_error = null,
             last_success_at = now(), skipped = ${JSON.stringify(skipped.slice(0, KEPT_SKIPPED))}::jsonb, updated_at = now()
       where key = ${SYNC_KEY}`)
    if (skipped.length)
      payload.logger.warn(
        { skipped: skipped.slice(0, 20), count: skipped.length },
        'stock pull: rows set aside',
      )
    return { applied: applied.length, skipped, pages: pages.length, cursor }
  })
}

/** The pull's row, made on first use. */
async function syncState(
  db: SqlExecutor,
): Promise<{ cursor: string | null; failuresInRow: number }> {
  const { rows } = await db.execute<{ cursor: string | null; failures: number }>(sql`
    with made as (
      insert into stock_sync (key, failures_in_row, updated_at, created_at)
      values (${SYNC_KEY}, 0, now(), now()) on conflict (key) do nothing
      returning cursor, failures_in_row)
    select cursor, failures_in_row::int as failures from made
    union all select cursor, failures_in_row::int from stock_sync where key = ${SYNC_KEY}`)
  return { cursor: rows[0]?.cursor ?? null, failuresInRow: Number(rows[0]?.failures ?? 0) }
}

async function knownSkus(db: SqlExecutor, rows: unknown[]): Promise<Set<string>> {
  const skus = skusOf(rows)
  if (skus.length === 0) return new Set()
  const { rows: found } = await db.execute<{ sku: string }>(sql`
    select sku from products where sku = any(${sql.param(skus)}::text[])`)
  return new Set(found.map((row) => row.sku))
}

/**
 * One page in one statement. The warehouse counts what it holds; what our open orders hold of it
 * is still there, so what may be ordered is its count less our reservations. A row the warehouse
 * changed before the one we have (a late page) changes nothing.
 */
export async function upsertPage(db: SqlExecutor, rows: WarehouseStockRow[]): Promise<number[]> {
  if (rows.length === 0) return []
  const { rows: changed } = await db.execute<{ product_id: number }>(sql`
    insert into stock_levels as s (product_id, warehouse, available, reserved, warehouse_updated_at, updated_at, created_at)
    select p.id, r.warehouse, r.available, 0, r.updated_at, now(), now()
      from unnest(
             ${sql.param(rows.map((row) => row.sku))}::text[],
             ${sql.param(rows.map((row) => row.warehouse))}::text[],
             ${sql.param(rows.map((row) => row.available))}::numeric[],
             ${sql.param(rows.map((row) => row.updated_at))}::timestamptz[]
           ) r(sku, warehouse, available, updated_at)
      join products p on p.sku = r.sku
    on conflict (product_id, warehouse) do update
       set available = greatest(excluded.available - s.reserved, 0),
           warehouse_updated_at = excluded.warehouse_updated_at, updated_at = now()
     where s.warehouse_updated_at is null or s.warehouse_updated_at <= excluded.warehouse_updated_at
    returning s.product_id`)
  return [...new Set(changed.map((row) => Number(row.product_id)))]
}

/** A failed pull: counted, the cursor and stock left as they were, staff told at the third in a row. */
async function failed(payload: Payload, error: string): Promise<PullOutcome> {
  const { rows } = await sqlDatabase(payload).execute<{ failures: number }>(sql`
    update stock_sync set failures_in_row = failures_in_row + 1, last_error = ${error.slice(0, 1000)}, updated_at = now()
     where key = ${SYNC_KEY}
    returning failures_in_row::int as failures`)
  const failuresInRow = Number(rows[0]?.failures ?? 1)
  payload.logger.warn(
    { err: error, failuresInRow },
    'stock pull failed: the last known stock stays',
  )
  if (alertsStaff(failuresInRow))
    await enqueue(payload, 'stock.pull_failing', { failuresInRow, error: error.slice(0, 300) })
  return { failed: error, failuresInRow }
}
