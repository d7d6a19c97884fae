/**
 * The morning summary for a day with 5,000 orders of 8 lines, against a hand-written SQL aggregate
 * over the same tables, run by `pg` directly, in the same run. The orders go in through the Local
 * API with every hook, alongside orders for the days around it, as a month of real use would
 * leave them. Prints the median and p95 of each and the ratio of medians.
 *
 *   npm run bench:morning -- --orders 5000 --runs 50
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: { orders: { type: 'string', default: '5000' }, runs: { type: 'string', default: '50' } },
})
const ORDERS = Number(values.orders)
const RUNS = Number(values.runs)
const DAY = '2026-11-23'
const OTHER_DAYS = ['2026-11-22', '2026-11-24']

const db = await startEmbeddedPostgres({
  dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')),
  persistent: false,
})
Object.assign(process.env, {
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: 'bench-secret',
  TANDIR_SCHEDULER: 'off',
})
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { loadMorningReport } = await import('@commerce/features/reports/loadMorningReport')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()

const category = await payload.create({ collection: 'categories', data: { name: 'Bread' } })
const products = await Promise.all(
  Array.from({ length: 20 }, (_, i) =>
    payload.create({
      collection: 'products',
      data: {
        name: `Product ${i}`,
        sku: `P-${i}`,
        category: category.id,
        unit: 'pcs',
        price: 100_000 + i * 5_000,
      },
    }),
  ),
)
const clients = await Promise.all(
  Array.from({ length: 50 }, (_, i) =>
    payload.create({ collection: 'clients', data: { name: `Cafe ${i}` } }),
  ),
)

const started = performance.now()
const days = [
  ...Array(ORDERS).fill(DAY),
  ...Array(Math.round(ORDERS / 2))
    .fill(0)
    .map((_, i) => OTHER_DAYS[i % 2]),
]
let next = 0
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let i = next++; i < days.length; i = next++) {
      await payload.create({
        collection: 'orders',
        data: {
          client: clients[i % clients.length].id,
          fulfillment: i % 3 === 0 ? 'pickup' : 'delivery',
          deliveryDate: days[i],
          items: Array.from({ length: 8 }, (_, line) => ({
            product: products[(i + line * 3) % products.length].id,
            quantity: 1 + ((i + line) % 40),
          })),
        },
        depth: 0,
      })
    }
  }),
)
console.log(
  `seeded ${days.length} orders of 8 lines (${ORDERS} on ${DAY}) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
)
await payload.db.drizzle.execute('analyze')

const direct = new pg.Client({ connectionString: db.url })
await direct.connect()
const handWritten = `
  select o.fulfillment, i.product_id, sum(i.quantity) as quantity, sum(i.line_total) as amount, count(distinct o.id) as orders
    from orders o join orders_items i on i._parent_id = o.id
   where o.delivery_date >= '${DAY}T00:00:00Z' and o.delivery_date < '2026-11-24T00:00:00Z' and o.status <> 'cancelled'
   group by o.fulfillment, i.product_id`

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}
const ours: number[] = []
const baseline: number[] = []
for (let i = 0; i < 5; i++)
  await Promise.all([loadMorningReport(payload, DAY), direct.query(handWritten)]) // warm-up
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so noise on the machine hits both alike.
  baseline.push(await time(() => direct.query(handWritten)))
  ours.push(await time(() => loadMorningReport(payload, DAY)))
}
const report = await loadMorningReport(payload, DAY)
const stat = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    p95: sorted[Math.floor(sorted.length * 0.95)],
  }
}
const a = stat(ours)
const b = stat(baseline)
console.log(
  [
    `morning summary for ${DAY}: ${report.orders} orders, ${report.products.length} products, ${RUNS} runs each`,
    `                     median ms   p95 ms`,
    `hand-written SQL     ${b.median.toFixed(1).padStart(9)} ${b.p95.toFixed(1).padStart(8)}`,
    `our report           ${a.median.toFixed(1).padStart(9)} ${a.p95.toFixed(1).padStart(8)}`,
    `ours / SQL: ${(a.median / b.median).toFixed(2)}× (median)`,
  ].join('\n'),
)

await direct.end()
await closePayload(payload)
await stopDatabase(db)
