/**
 * Payme's full cycle for 1,000 orders, 20 at a time, through `POST /api/payments/payme` over real
 * HTTP: CheckPerformTransaction, CreateTransaction, PerformTransaction per order, as Payme calls
 * them. Prints each method's p50 and p99, and each against the same run's baseline: a call that
 * only passes the door (auth, parse, an unknown method answered -32601). Then checks that every
 * order is paid, with exactly one Payme payment in the ledger.
 *
 *   npm run bench:payme -- --orders 1000 --concurrency 20
 */
import { parseArgs } from 'node:util'
import { closePayload } from '@/db/closePayload'
import { fakePayme } from '../tests/support/fakePayme'
import { benchPayload } from './benchPayload'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '20' },
  },
})
const ORDERS = Number(values.orders)
const CONCURRENCY = Number(values.concurrency)
const KEY = 'bench-payme-key'
process.env.PAYME_KEY = KEY

const { db, payload } = await benchPayload()
const { startRestServer } = await import('../tests/support/restServer')
const server = await startRestServer()
const payme = fakePayme({ url: `${server.url}/payments/payme`, key: KEY })

const category = await payload.create({ collection: 'categories', data: { name: 'Bread' } })
const product = await payload.create({
  collection: 'products',
  data: { name: 'White bread', sku: 'W', category: category.id, unit: 'pcs', price: 800000 },
})
const client = await payload.create({ collection: 'clients', data: { name: 'Bench cafe' } })

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}

const orders: { id: number; number: number; total: number }[] = []
await inParallel(
  Array.from({ length: ORDERS }, (_, i) => i),
  async (i) => {
    const order = await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'pickup',
        deliveryDate: `2038-08-${String((i % 28) + 1).padStart(2, '0')}`,
        items: [{ product: product.id, quantity: 1 + (i % 5) }],
      },
      depth: 0,
    })
    orders.push({ id: order.id, number: order.number!, total: order.total! })
  },
)

const times: Record<string, number[]> = {
  'door only (-32601)': [],
  CheckPerformTransaction: [],
  CreateTransaction: [],
  PerformTransaction: [],
}
async function timed(name: string, method: string, params: Record<string, unknown>) {
  const started = performance.now()
  const answer = await payme.call(method, params)
  times[name].push(performance.now() - started)
  return answer
}

const started = performance.now()
await inParallel(orders, async (order) => {
  await timed('door only (-32601)', 'Ping', {})
  const account = { order_id: String(order.number) }
  const id = payme.newId()
  for (const [method, params] of [
    ['CheckPerformTransaction', { amount: order.total, account }],
    ['CreateTransaction', { id, time: Date.now(), amount: order.total, account }],
    ['PerformTransaction', { id }],
  ] as const) {
    const answer = await timed(method, method, params)
    if (answer.body.error)
      throw new Error(`${method} #${order.number}: ${JSON.stringify(answer.body.error)}`)
  }
})
const seconds = (performance.now() - started) / 1000

const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
const base50 = quantile(times['door only (-32601)'], 0.5)
const base99 = quantile(times['door only (-32601)'], 0.99)
console.log(
  `Payme full cycle: ${ORDERS} orders, ${CONCURRENCY} at a time, ${seconds.toFixed(1)} s (${(ORDERS / seconds).toFixed(0)} orders/s)`,
)
for (const [name, list] of Object.entries(times)) {
  const p50 = quantile(list, 0.5)
  const p99 = quantile(list, 0.99)
  console.log(
    `${name.padEnd(24)} p50 ${p50.toFixed(1).padStart(6)} ms (${(p50 / base50).toFixed(1)}x door)   p99 ${p99.toFixed(1).padStart(6)} ms (${(p99 / base99).toFixed(1)}x door)`,
  )
}

// Every order settled once: paid, exactly its total received, one Payme payment in the ledger.
const { sql } = await import('@payloadcms/db-postgres')
const { sqlDatabase } = await import('@/shared/db/sqlDatabase')
const database = sqlDatabase(payload)
const unpaid = await database.execute(
  sql`select count(*)::int as n from orders where payment_status <> 'paid' or amount_paid <> total`,
)
const ledger = await database.execute(
  sql`select count(*)::int as rows, count(distinct order_id)::int as orders,
             count(*) filter (where status = 'succeeded')::int as succeeded
        from transactions where provider = 'payme'`,
)
const [{ n }] = unpaid.rows as { n: number }[]
const [row] = ledger.rows as { rows: number; orders: number; succeeded: number }[]
const ok = n === 0 && row.rows === ORDERS && row.orders === ORDERS && row.succeeded === ORDERS
console.log(
  `settled: ${ORDERS - n}/${ORDERS} orders paid, ${row.succeeded} Payme payments for ${row.orders} orders (${row.rows} ledger rows): ${ok ? 'each settled once' : 'MISMATCH'}`,
)

await server.close()
await closePayload(payload)
await stopDatabase(db)
process.exit(ok ? 0 : 1)
