/**
 * The bot's order flow through the webhook against a bare grammY echo bot mounted the same way
 * (a Payload endpoint on the same server), 50 chats at a time, against the fake Bot API.
 * Each simulated customer places a full order: /start, /order, category, product, quantity,
 * finish, skip comment, pickup, date, confirm, /orders (11 updates). A third measure, the order
 * write alone at the same concurrency, shows how much of the flow's cost is the Local API create;
 * the order flow's latencies by step show which step its p99 comes from.
 *
 *   npm run bench:webhook -- --customers 400 --rounds 4
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { Bot, webhookCallback } from 'grammy'

import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { DEMO_SELLER } from '@/db/seed/demoCatalog'
import { stopDatabase } from './stopDatabase'
import { startFakeTelegram } from '../tests/support/fakeTelegram'
import { callbackUpdate, textUpdate } from '../tests/support/telegramUpdates'

const { values } = parseArgs({
  options: { customers: { type: 'string', default: '400' }, concurrency: { type: 'string', default: '50' }, rounds: { type: 'string', default: '4' } },
})
const CUSTOMERS = Number(values.customers)
const CONCURRENCY = Number(values.concurrency)
const ROUNDS = Number(values.rounds)
const SECRET = 'bench-secret'

const telegram = await startFakeTelegram()
const db = await startEmbeddedPostgres({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')), persistent: false })
Object.assign(process.env, {
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: 'bench-secret',
  TELEGRAM_BOT_TOKEN: '123:BENCH',
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  TELEGRAM_WEBHOOK_URL: 'https://bench.local/api/telegram/webhook',
  TELEGRAM_API_ROOT: telegram.apiRoot,
  TELEGRAM_BOT_INFO: JSON.stringify({ id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' }),
  TANDIR_OUTBOX_DISPATCHER: 'off',
  TANDIR_SCHEDULER: 'off',
})

const { getPayload } = await import('payload')
const { default: configPromise } = await import('@payload-config')
const config = await configPromise
const echo = new Bot('123:BENCH', { botInfo: JSON.parse(process.env.TELEGRAM_BOT_INFO!), client: { apiRoot: telegram.apiRoot } })
echo.on('message', (ctx) => ctx.reply(ctx.message.text ?? 'echo'))
echo.on('callback_query', (ctx) => ctx.answerCallbackQuery())
const echoHandler = webhookCallback(echo, 'std/http', { secretToken: SECRET })
config.endpoints.push({ path: '/echo/webhook', method: 'post', handler: (req) => echoHandler(req as unknown as Request) })

const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()
const { startRestServer } = await import('../tests/support/restServer')
const server = await startRestServer()

// A bakery that has filled in its settings, as every real one has.
await payload.updateGlobal({ slug: 'settings', data: DEMO_SELLER })
const category = await payload.create({ collection: 'categories', data: { name: 'Bread' } })
const product = await payload.create({ collection: 'products', data: { name: 'White bread', sku: 'W', category: category.id, unit: 'pcs', price: 800000 } })
const users = Array.from({ length: CUSTOMERS }, (_, i) => 8_000_000 + i)
const clientOf = new Map<number, number>()
for (const userId of users) {
  const client = await payload.create({ collection: 'clients', data: { name: `Cafe ${userId}`, telegramId: userId, language: 'en' } })
  clientOf.set(userId, client.id)
}

async function post(route: string, update: object): Promise<number> {
  const started = performance.now()
  const response = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(update),
  })
  if (response.status !== 200) throw new Error(`${route}: ${response.status}`)
  telegram.webhookReply(await response.text())
  return performance.now() - started
}

const lastButtons = (userId: number) => {
  const markup = telegram.lastSent(userId)?.params.reply_markup as { inline_keyboard?: { callback_data: string }[][] } | undefined
  return (markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data)
}
const button = (userId: number, prefix: string) => callbackUpdate(userId, lastButtons(userId).find((data) => data.startsWith(prefix))!)

/** The order flow's latencies by step, to show which step its p99 comes from. */
const stepLatencies = new Map<string, number[]>()

/** One customer's full order; the next update depends on the buttons the bot just sent. */
async function orderFlow(userId: number, latencies: number[]) {
  const steps: [string, () => object][] = [
    ['/start', () => textUpdate(userId, '/start')],
    ['/order', () => textUpdate(userId, '/order')],
    ['category', () => button(userId, 'o:cat:')],
    ['product', () => button(userId, `o:prod:${product.id}`)],
    ['quantity', () => textUpdate(userId, '80')],
    ['finish', () => button(userId, 'o:done')],
    ['no comment', () => button(userId, 'o:skip')],
    ['pickup', () => button(userId, 'o:pickup')],
    ['date', () => button(userId, 'o:date:')],
    ['confirm', () => button(userId, 'o:confirm')],
    ['/orders', () => textUpdate(userId, '/orders')],
  ]
  for (const [name, step] of steps) {
    const ms = await post('/telegram/webhook', step())
    latencies.push(ms)
    const ofStep = stepLatencies.get(name) ?? []
    stepLatencies.set(name, ofStep)
    ofStep.push(ms)
  }
}

async function echoFlow(userId: number, latencies: number[]) {
  for (let i = 0; i < 11; i++) latencies.push(await post('/echo/webhook', textUpdate(userId + 1_000_000, `hello ${i}`)))
}

/**
 * Only what Confirm writes: the order through the Local API, as the bot places it. Its cost
 * bounds the order flow's rate, however cheap the other updates are.
 */
async function orderWrite(userId: number, latencies: number[]) {
  const started = performance.now()
  await payload.create({
    collection: 'orders',
    data: { client: clientOf.get(userId)!, items: [{ product: product.id, quantity: 80 }], fulfillment: 'pickup', deliveryDate: writeDay },
    depth: 0,
    overrideAccess: true,
    context: { actor: 'client', channel: 'bot' },
  })
  latencies.push(performance.now() - started)
}
let writeDay = ''

/** Runs `flow` for `customers`, `CONCURRENCY` chats at a time; adds its updates, time and latencies to `total`. */
async function run(flow: (userId: number, latencies: number[]) => Promise<void>, customers: number[], total: Totals) {
  let next = 0
  const started = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < customers.length) await flow(customers[next++], total.latencies)
  }))
  total.seconds += (performance.now() - started) / 1000
}

interface Totals {
  seconds: number
  latencies: number[]
}
const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
const summary = ({ seconds, latencies }: Totals) => {
  latencies.sort((a, b) => a - b)
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), count: latencies.length }
}

await run(echoFlow, users, { seconds: 0, latencies: [] }) // warm-up of the server path
// Interleaved rounds, so a noisy moment of the machine falls on both flows alike.
const echoTotals: Totals = { seconds: 0, latencies: [] }
const orderTotals: Totals = { seconds: 0, latencies: [] }
const writeTotals: Totals = { seconds: 0, latencies: [] }
const perRound = Math.ceil(users.length / ROUNDS)
for (let round = 0; round < ROUNDS; round++) {
  const customers = users.slice(round * perRound, (round + 1) * perRound)
  await run(echoFlow, customers, echoTotals)
  await run(orderFlow, customers, orderTotals)
  writeDay ||= (await payload.find({ collection: 'orders', limit: 1, depth: 0 })).docs[0].deliveryDate
  await run(orderWrite, customers, writeTotals)
}
const echoResult = summary(echoTotals)
const orderResult = summary(orderTotals)
const writeResult = summary(writeTotals)
// Every customer placed one order through the flow and one by the write alone.
const placed = (await payload.count({ collection: 'orders' })).totalDocs - writeResult.count
const line = (name: string, r: ReturnType<typeof summary>) =>
  `${name.padEnd(11)} ${r.perSecond.toFixed(0).padStart(9)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)}   (${r.count} updates)`
console.log(
  [
    `${CUSTOMERS} customers in ${ROUNDS} interleaved rounds, ${CONCURRENCY} chats at a time, through the webhook against the fake Bot API`,
    `flow        updates/s  p50 ms   p99 ms`,
    line('echo bot', echoResult),
    line('order flow', orderResult),
    `order flow / echo: ${(orderResult.perSecond / echoResult.perSecond).toFixed(2)} of the echo's updates/s; orders placed: ${placed}/${CUSTOMERS}`,
    `the order write alone (payload.create as Confirm makes it, ${CONCURRENCY} at a time): ${writeResult.perSecond.toFixed(0)} orders/s, p50 ${writeResult.p50.toFixed(1)} ms, p99 ${writeResult.p99.toFixed(1)} ms`,
    // Per order the flow needs the write plus 11 updates; were each as cheap as an echo's, the rate would be this.
    `so, were its other work as cheap as the echo's, the order flow could reach at most ${(11 / (echoResult.perSecond / writeResult.perSecond + 11)).toFixed(2)} of the echo's updates/s`,
    `order flow by step, p50 / p99 ms:`,
    ...[...stepLatencies].map(([name, ms]) => {
      ms.sort((a, b) => a - b)
      return `  ${name.padEnd(11)} ${percentile(ms, 0.5).toFixed(0).padStart(5)} ${percentile(ms, 0.99).toFixed(0).padStart(6)}`
    }),
  ].join('\n'),
)

await server.close()
await telegram.close()
await closePayload(payload)
await stopDatabase(db)
