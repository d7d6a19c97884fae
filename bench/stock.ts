/**
 * Warehouse stock under load, on the bench's own embedded PostgreSQL:
 *
 * a) `--race` concurrent orders of 1 for a product with `--stock` in stock, through the orders
 *    collection (the reservation hook): exactly `--stock` succeed, the rest are refused, and the
 *    product ends at 0 available and `--stock` reserved. Exits non-zero if not.
 * b) `--orders` order writes of a stock-tracked product against the same writes of a product
 *    nobody counts (no reservation), `--concurrency` at a time over `--products` products per
 *    side, the sides taking turns to go first over `--runs` runs: median ratio (target ≤ 1.2×).
 * c) A pull of `--skus` SKUs from the fake warehouse (HTTP, contract, checks, one upsert per page,
 *    the products' totals) against a bare multi-row upsert of the same rows, page by page, in the
 *    same run: median ratio (target ≤ 1.5×).
 *
 *   npm run bench:stock -- --race 500 --stock 10 --orders 300 --skus 10000 --runs 5
 */
import { parseArgs } from 'node:util'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { closePayload } from '@/db/closePayload'
import { startFakeWarehouse, type WarehouseItem } from '../tests/support/fakeWarehouse'
import { benchPayload } from './benchPayload'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    race: { type: 'string', default: '500' },
    stock: { type: 'string', default: '10' },
    orders: { type: 'string', default: '300' },
    products: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
    skus: { type: 'string', default: '10000' },
    page: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
  },
})
const RACE = Number(values.race)
const STOCK = Number(values.stock)
const ORDERS = Number(values.orders)
const PRODUCTS = Number(values.products)
const CONCURRENCY = Number(values.concurrency)
const SKUS = Number(values.skus)
const PAGE = Number(values.page)
const RUNS = Number(values.runs)

const { db, payload } = await benchPayload()
const { sqlDatabase } = await import('@/shared/db/sqlDatabase')
const { applyPages, pullStock } = await import('@commerce/features/stock/pullStock')
const { warehouseApi } = await import('@commerce/features/stock/warehouseClient')
const pool = sqlDatabase(payload)
let failed = false

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const target = (met: boolean) => (met ? 'met' : 'OVER TARGET')

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/** Runs `count` tasks, `limit` at a time. */
async function inParallel(count: number, limit: number, task: (i: number) => Promise<unknown>) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) await task(next++)
    }),
  )
}

const category = await payload.create({ collection: 'categories', data: { name: 'Bench' } })
const client = await payload.create({
  collection: 'clients',
  data: {
    name: 'Bench shop',
    contactName: 'Bench',
    phone: '+998901234567',
    status: 'active',
    inn: '305123456',
    mfo: '00873',
    bankAccount: '20208000900123456001',
  },
})

async function makeProducts(
  prefix: string,
  count: number,
  stock: number | null,
): Promise<number[]> {
  const { rows } = await pool.execute<{ id: number }>(sql`
    insert into products (name, sku, category_id, unit, price, active, sort_order, min_quantity, updated_at, created_at)
    select ${prefix} || ' ' || n, ${prefix} || '-' || n, ${category.id}, 'pcs', 100000, true, 0, 1, now(), now()
      from generate_series(1, ${count}) n
    returning id`)
  const ids = rows.map((row) => Number(row.id))
  if (stock !== null) {
    await pool.execute(sql`
      insert into stock_levels (product_id, warehouse, available, reserved, updated_at, created_at)
      select unnest(${sql.param(ids)}::int[]), 'main', ${stock}, 0, now(), now()`)
    await pool.execute(
      sql`update products set stock_available = ${stock} where id = any(${sql.param(ids)}::int[])`,
    )
  }
  return ids
}

const order = (product: number, deliveryDate = '2038-03-01') =>
  payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'pickup',
      deliveryDate,
      items: [{ product, quantity: 1 }],
    },
    depth: 0,
  })

// a) The race.
{
  const [product] = await makeProducts('Race', 1, STOCK)
  const outcomes = await Promise.allSettled(Array.from({ length: RACE }, () => order(product)))
  const succeeded = outcomes.filter((o) => o.status === 'fulfilled').length
  const refusedClearly = outcomes.filter(
    (o) => o.status === 'rejected' && /Not enough of/.test(String((o.reason as Error).message)),
  ).length
  const { rows } = await pool.execute<{ available: number; reserved: number }>(sql`
    select available::int as available, reserved::int as reserved from stock_levels where product_id = ${product}`)
  const right =
    succeeded === STOCK &&
    refusedClearly === RACE - STOCK &&
    rows[0].available === 0 &&
    rows[0].reserved === STOCK
  if (!right) failed = true
  console.log(
    `a) ${RACE} concurrent orders for ${STOCK} in stock: ${succeeded} placed, ${refusedClearly} refused as out of stock; ` +
      `stock ends ${rows[0].available} available, ${rows[0].reserved} reserved (${right ? 'right' : 'WRONG'})`,
  )
}

// b) The order write with and without a reservation.
{
  const tracked = await makeProducts('Tracked', PRODUCTS, 1_000_000)
  const untracked = await makeProducts('Untracked', PRODUCTS, null)
  const side = (products: number[]) =>
    timed(() => inParallel(ORDERS, CONCURRENCY, (i) => order(products[i % products.length])))
  await side(tracked)
  await side(untracked)
  const ratios: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const first = run % 2 === 0
    const a = first ? await side(tracked) : 0
    const b = await side(untracked)
    const c = first ? a : await side(tracked)
    ratios.push(c / b)
    console.log(
      `   run ${run + 1}: with reservation ${(c / ORDERS).toFixed(2)} ms/order, without ${(b / ORDERS).toFixed(2)} ms/order (${(c / b).toFixed(2)}×)`,
    )
  }
  const m = median(ratios)
  console.log(
    `b) ${ORDERS} order writes, ${CONCURRENCY} at a time: median with ÷ without reservation ${m.toFixed(2)}× (target ≤ 1.2×: ${target(m <= 1.2)})`,
  )
}

// c) The pull against a bare upsert.
{
  await makeProducts('Pulled', SKUS, null)
  const fake = await startFakeWarehouse({ pageSize: PAGE })
  const api = warehouseApi(
    payload,
    { baseUrl: fake.url, apiKey: undefined, timeoutMs: 60_000 },
    { retries: 0 },
  )!
  let hour = 0
  const items = (): WarehouseItem[] => {
    hour++
    const at = new Date(Date.UTC(2038, 2, 1, hour)).toISOString()
    return Array.from({ length: SKUS }, (_, i) => ({
      sku: `Pulled-${i + 1}`,
      warehouse: 'main',
      available: (i * 7 + hour) % 50,
      updated_at: at,
    }))
  }
  const ours = async () => {
    fake.setItems(items())
    return timed(async () => {
      const outcome = await pullStock(payload, api)
      if (typeof outcome !== 'object' || !('applied' in outcome) || outcome.applied !== SKUS) {
        failed = true
        console.log('   the pull did not apply every row:', outcome)
      }
    })
  }
  const bare = async () => {
    const rows = items()
    return timed(async () => {
      for (let start = 0; start < rows.length; start += PAGE) {
        const page = rows.slice(start, start + PAGE)
        await pool.execute(sql`
          insert into stock_levels (product_id, warehouse, available, reserved, warehouse_updated_at, updated_at, created_at)
          select p.id, r.warehouse, r.available, 0, r.updated_at, now(), now()
            from unnest(${sql.param(page.map((row) => row.sku))}::text[], ${sql.param(page.map((row) => row.warehouse))}::text[],
                        ${sql.param(page.map((row) => row.available))}::numeric[], ${sql.param(page.map((row) => row.updated_at))}::timestamptz[])
                 r(sku, warehouse, available, updated_at)
            join products p on p.sku = r.sku
          on conflict (product_id, warehouse) do update
             set available = excluded.available, warehouse_updated_at = excluded.warehouse_updated_at, updated_at = now()`)
      }
    })
  }
  /** The pull's own work on pages already fetched: checks, upserts, totals, waiting clients, cursor. */
  const applying = async () => {
    fake.setItems(items())
    const pages: Parameters<typeof applyPages>[1] = []
    for (let page: number | null = 1; page !== null; ) {
      const answer = await api.stockPage(null, page)
      pages.push(answer.items)
      page = answer.next_page
    }
    return timed(() => applyPages(payload, pages, null))
  }
  await ours()
  await bare()
  const whole: number[] = []
  const applied: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const first = run % 2 === 0
    const a = first ? await ours() : 0
    const d = first ? await applying() : 0
    const b = await bare()
    const c = first ? a : await ours()
    const e = first ? d : await applying()
    whole.push(c / b)
    applied.push(e / b)
    console.log(
      `   run ${run + 1}: whole pull ${c.toFixed(0)} ms (HTTP from the fake included), its apply step ${e.toFixed(0)} ms, bare upsert ${b.toFixed(0)} ms (${(c / b).toFixed(2)}×, ${(e / b).toFixed(2)}×)`,
    )
  }
  const m = median(applied)
  console.log(
    `c) a pull of ${SKUS} SKUs in pages of ${PAGE}, every row changed: median apply step ÷ bare upsert ${m.toFixed(2)}× (target ≤ 1.5×: ${target(m <= 1.5)}); ` +
      `median whole pull, fetching from the loopback fake, ÷ bare upsert ${median(whole).toFixed(2)}×`,
  )
  await fake.close()
}

await closePayload(payload as Payload)
await stopDatabase(db)
process.exit(failed ? 1 : 0)
