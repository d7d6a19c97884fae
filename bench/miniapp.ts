/**
 * The Mini App's API against Payload's own cost of the same work, in the same run.
 *
 * Catalog: `GET /api/miniapp/catalog` (200 products in 10 categories, at each caller's own prices:
 * a third of the products have a negotiated price for the business users) against Payload's REST
 * `GET /api/products?depth=0&limit=200` of the same products, both over real HTTP with their auth
 * (init data checked on ours, a staff JWT on Payload's), 50 users at once. Target ≤ 1.5×.
 *
 * Orders: `POST /api/miniapp/orders` (5 lines, pickup on an offered day) against the bot's order
 * write (the Local API as the client, channel bot: the same rules), same concurrency. Target ≤ 1.2×.
 * The bot's write is timed in-process, without the webhook request that brings it; the HTTP door's
 * own cost (a liveness call at the same concurrency) is printed beside, to tell the two apart, and so
 * is the server's CPU an order (its thread's busy time and the database's), which no caller's work counts in.
 *
 * The callers run in a worker thread, so their HTTP client's work is not the server's. Rounds alternate (and swap places every other round) so machine noise hits both sides. Each user
 * stays within the API's rate limit (a burst of 30), as real users do; every user is onboarded
 * before timing starts.
 *
 *   npm run bench:miniapp -- --rounds 6 --catalog-calls 10 --orders 200 --concurrency 4
 */
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { sql } from '@payloadcms/db-postgres'
import { closePayload } from '@/db/closePayload'
import { DEMO_SELLER } from '@/db/seed/demoCatalog'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { signInitData, tma } from '../tests/support/initData'
import { benchPayload } from './benchPayload'
import { databaseCpuMs } from './cpu'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '6' },
    users: { type: 'string', default: '50' },
    /** Catalog calls per user in each round (a round is users × this many calls). */
    'catalog-calls': { type: 'string', default: '10' },
    /** Orders per side in each round. */
    orders: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '4' },
  },
})
const ROUNDS = Number(values.rounds)
const USERS = Number(values.users)
const CATALOG_CALLS = Number(values['catalog-calls'])
const ORDERS = Number(values.orders)
const CONCURRENCY = Number(values.concurrency)

const { db, dataDir, payload } = await benchPayload()
const { startRestServer, login } = await import('../tests/support/restServer')
const server = await startRestServer()

await payload.updateGlobal({ slug: 'settings', data: DEMO_SELLER })
const email = 'bench@tandir.local'
const password = 'bench-password'
await payload.create({
  collection: 'users',
  data: { email, password, name: 'Bench', roles: ['admin'] },
})
const staff = await login(server.url, email, password)

const categories = await Promise.all(
  Array.from({ length: 10 }, (_, i) =>
    payload.create({ collection: 'categories', data: { name: `Category ${i}`, sortOrder: i } }),
  ),
)
const products = []
for (let i = 0; i < 200; i++)
  products.push(
    await payload.create({
      collection: 'products',
      data: {
        name: `Product ${i}`,
        sku: `MB-${i}`,
        category: categories[i % 10].id,
        unit: 'pcs',
        price: 100000 + i * 1000,
        description: `A fresh product number ${i}, baked every morning.`,
        sortOrder: i,
      },
    }),
  )

/** Telegram users; every other one is a business client with negotiated prices. */
let nextTelegramId = 5_000_000
async function makeUsers(count: number) {
  const users = Array.from({ length: count }, () => ({
    id: nextTelegramId++,
    first_name: 'Bench',
    language_code: 'ru',
  }))
  for (const [i, user] of users.entries()) {
    if (i % 2 === 0) {
      const client = await payload.create({
        collection: 'clients',
        data: { name: `Cafe ${user.id}`, telegramId: user.id, kind: 'business' },
      })
      // Plain SQL: thousands of price rows through the Local API would take minutes to set up.
      await sqlDatabase(payload).execute(sql`
        insert into client_prices (client_id, product_id, price)
        select ${client.id}, id, price - 5000 from products where id % 3 = 0`)
    }
    const me = await ask(user, 'GET', 'me')
    if (me.status !== 200) throw new Error(`onboarding answered ${me.status}`)
  }
  return users
}

type User = { id: number; first_name: string; language_code: string }
/** Each user's init data, signed once as Telegram signs it once when the app opens. */
const initData = new Map<number, string>()
const headersOf = (user: User) => {
  if (!initData.has(user.id)) initData.set(user.id, signInitData(user))
  return tma(initData.get(user.id)!)
}
async function ask(user: User, method: string, endpoint: string, body?: unknown) {
  const response = await fetch(`${server.url}/miniapp/${endpoint}`, {
    method,
    headers: {
      ...headersOf(user),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  await response.arrayBuffer()
  return response
}

interface Call {
  url: string
  init: { method: string; headers: Record<string, string>; body?: string }
  status: number
}
/**
 * The callers run in a thread of their own, as the shop's users are elsewhere: their HTTP client's
 * work does not land on the server's event loop, for either side.
 */
const load = new Worker(
  `const { parentPort } = require('node:worker_threads')
   parentPort.on('message', async ({ calls, concurrency }) => {
     let next = 0
     const wrong = []
     const started = performance.now()
     await Promise.all(Array.from({ length: concurrency }, async () => {
       while (next < calls.length) {
         const call = calls[next++]
         const response = await fetch(call.url, call.init)
         await response.arrayBuffer()
         if (response.status !== call.status) wrong.push(response.status)
       }
     }))
     parentPort.postMessage({ ms: performance.now() - started, wrong })
   })`,
  { eval: true },
)
function overHttp(calls: Call[], concurrency: number): Promise<number> {
  return new Promise((resolve, reject) => {
    load.once('message', ({ ms, wrong }: { ms: number; wrong: number[] }) =>
      wrong.length ? reject(new Error(`answered ${wrong.slice(0, 5)}`)) : resolve(ms),
    )
    load.postMessage({ calls, concurrency })
  })
}

/** Runs `count` jobs with `concurrency` at a time; the wall time in ms. */
async function timed(count: number, concurrency: number, job: (i: number) => Promise<void>) {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await job(next++)
    }),
  )
  return performance.now() - started
}

// Catalog: a fresh set of users each round, so no one outruns the rate limit.
const catalogCalls = USERS * CATALOG_CALLS
const me = await (
  await fetch(`${server.url}/miniapp/me`, {
    headers: tma(signInitData({ id: 1, first_name: 'Me' })),
  })
).json()
const day = me.ordering.days.at(-1)
const lines = products.slice(0, 5).map((product) => ({ product: product.id, quantity: 20 }))
const orderCount = ORDERS
// Orders: 10 orders per user keeps each within the burst.
const orderUsers = Math.ceil((ORDERS * ROUNDS) / 10)

console.log(`preparing ${USERS * ROUNDS + orderUsers} users…`)
const catalogUsers = await makeUsers(USERS * ROUNDS)
const ordering = await makeUsers(orderUsers)
const botClient = await payload.create({
  collection: 'clients',
  data: { name: 'Bot cafe', telegramId: 4_999_999, kind: 'business' },
})

const times = { ours: 0, payloads: 0, oursOrders: 0, botOrders: 0, door: 0 }
const cpu = { oursOrders: 0, botOrders: 0 }

/**
 * The server's own CPU while `run` runs, in ms: this thread's busy time (the callers' thread
 * apart) and the database's. Returns the wall time, adding the CPU to `cpu[side]`.
 */
async function withServerCpu(side: keyof typeof cpu, run: () => Promise<number>) {
  const loop = performance.eventLoopUtilization()
  const database = databaseCpuMs(dataDir)
  const ms = await run()
  cpu[side] += performance.eventLoopUtilization(loop).active + databaseCpuMs(dataDir) - database
  return ms
}
let placed = 0
for (let round = 0; round < ROUNDS; round++) {
  const users = catalogUsers.slice(round * USERS, (round + 1) * USERS)
  const ours = () =>
    overHttp(
      Array.from({ length: catalogCalls }, (_, i) => ({
        url: `${server.url}/miniapp/catalog`,
        init: { method: 'GET', headers: headersOf(users[i % USERS]) },
        status: 200,
      })),
      USERS,
    )
  const theirs = () =>
    overHttp(
      Array.from({ length: catalogCalls }, () => ({
        url: `${server.url}/products?depth=0&limit=200`,
        init: { method: 'GET', headers: staff },
        status: 200,
      })),
      USERS,
    )
  const placeOurs = () =>
    overHttp(
      Array.from({ length: orderCount }, () => ({
        url: `${server.url}/miniapp/orders`,
        init: {
          method: 'POST',
          headers: {
            ...headersOf(ordering[Math.floor(placed++ / 10)]),
            'content-type': 'application/json',
          },
          body: JSON.stringify({ items: lines, fulfillment: 'pickup', deliveryDate: day }),
        },
        status: 201,
      })),
      CONCURRENCY,
    )
  const placeBot = () =>
    timed(orderCount, CONCURRENCY, async () => {
      await payload.create({
        collection: 'orders',
        data: { client: botClient.id, items: lines, fulfillment: 'pickup', deliveryDate: day },
        depth: 0,
        overrideAccess: true,
        context: { actor: 'client', channel: 'bot' },
      })
    })
  /** The HTTP door's own cost at the same concurrency: a call that does nothing (liveness). */
  const door = () =>
    overHttp(
      Array.from({ length: orderCount }, () => ({
        url: `${server.url}/health/live`,
        init: { method: 'GET', headers: {} },
        status: 200,
      })),
      CONCURRENCY,
    )
  times.door += await door()
  if (round % 2 === 0) {
    times.ours += await ours()
    times.payloads += await theirs()
    times.oursOrders += await withServerCpu('oursOrders', placeOurs)
    times.botOrders += await withServerCpu('botOrders', placeBot)
  } else {
    times.payloads += await theirs()
    times.ours += await ours()
    times.botOrders += await withServerCpu('botOrders', placeBot)
    times.oursOrders += await withServerCpu('oursOrders', placeOurs)
  }
}

const perSecond = (count: number, ms: number) => ((count * ROUNDS) / (ms / 1000)).toFixed(0)
const perCall = (count: number, ms: number) => (ms / (count * ROUNDS)).toFixed(2)
console.log(
  `\ncatalog: 200 products, ${USERS} users at once, ${catalogCalls * ROUNDS} calls a side`,
)
console.log(
  `  /api/miniapp/catalog      ${perSecond(catalogCalls, times.ours)} calls/s (${perCall(catalogCalls, times.ours)} ms of wall time a call)`,
)
console.log(
  `  Payload REST find depth 0 ${perSecond(catalogCalls, times.payloads)} calls/s (${perCall(catalogCalls, times.payloads)} ms)`,
)
console.log(`  ratio ours/Payload: ${(times.ours / times.payloads).toFixed(2)} (target ≤ 1.5)`)
console.log(`\norders: 5 lines, concurrency ${CONCURRENCY}, ${orderCount * ROUNDS} orders a side`)
console.log(
  `  POST /api/miniapp/orders  ${perSecond(orderCount, times.oursOrders)} orders/s (${perCall(orderCount, times.oursOrders)} ms)`,
)
console.log(
  `  the bot's order write     ${perSecond(orderCount, times.botOrders)} orders/s (${perCall(orderCount, times.botOrders)} ms)`,
)
console.log(`  ratio ours/bot: ${(times.oursOrders / times.botOrders).toFixed(2)} (target ≤ 1.2)`)
console.log(
  `  server CPU an order (this thread and the database): ours ${perCall(orderCount, cpu.oursOrders)} ms, the bot's ${perCall(orderCount, cpu.botOrders)} ms, ratio ${(cpu.oursOrders / cpu.botOrders).toFixed(2)}`,
)
console.log(
  `  of which the HTTP door (a call doing nothing, /api/health/live) ${perCall(orderCount, times.door)} ms; without it ours/bot: ${((times.oursOrders - times.door) / times.botOrders).toFixed(2)}`,
)

await load.terminate()
await server.close()
await closePayload(payload)
await stopDatabase(db)
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
