/**
 * Flood protection under load: one chat sends 100 messages in 10 seconds while 50 other clients
 * place orders through the webhook (each a full order over ~20 s), against the same 50
 * orders with no flood, in the same run. Each round runs both phases (calm and flood, in turns
 * first) with fresh clients and a fresh flooder; the outbox dispatcher runs throughout, as in
 * production. Prints the others' p50/p99 per phase, the ratio (target p99 ≤ 1.2× calm), the
 * orders placed, and what became of the flooder's messages; then, for contrast, one flood phase with
 * the protection's limits out of reach.
 *
 *   npm run bench:flood -- --clients 50 --flood 100 --rounds 2
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from '@payloadcms/db-postgres'
import { Api } from 'grammy'
import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { DEMO_SELLER } from '@/db/seed/demoCatalog'
import { percentile } from '@/domain/supportInsights'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { startFakeTelegram } from '../tests/support/fakeTelegram'
import { callbackUpdate, textUpdate } from '../tests/support/telegramUpdates'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    flood: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    /** How long each client takes over its order: a person reading each answer. */
    'order-seconds': { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
  },
})
const CLIENTS = Number(values.clients)
const FLOOD = Number(values.flood)
const SECONDS = Number(values.seconds)
const ORDER_SECONDS = Number(values['order-seconds'])
const ROUNDS = Number(values.rounds)
const TARGET = 1.2
const SECRET = 'bench-secret'
const GROUP = -100_886_000
const STAFF_CHAT = -100_886_001

const telegram = await startFakeTelegram()
const db = await startEmbeddedPostgres({
  dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')),
  persistent: false,
})
Object.assign(process.env, {
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: 'bench-secret',
  TELEGRAM_BOT_TOKEN: '123:BENCH',
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  TELEGRAM_WEBHOOK_URL: 'https://bench.local/api/telegram/webhook',
  TELEGRAM_API_ROOT: telegram.apiRoot,
  TELEGRAM_BOT_INFO: JSON.stringify({
    id: 1,
    is_bot: true,
    first_name: 'Bench',
    username: 'bench_bot',
  }),
  // The dispatcher is started here, so it is the only one.
  TANDIR_OUTBOX_DISPATCHER: 'off',
  TANDIR_SCHEDULER: 'off',
})
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { createOutboxDispatcher } = await import('@commerce/outbox/dispatcher')
const { startRestServer } = await import('../tests/support/restServer')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()
const server = await startRestServer()
await payload.updateGlobal({
  slug: 'settings',
  data: { ...DEMO_SELLER, supportGroupId: GROUP, adminChatId: STAFF_CHAT },
})
const category = await payload.create({ collection: 'categories', data: { name: 'Bread' } })
const product = await payload.create({
  collection: 'products',
  data: { name: 'White bread', sku: 'W', category: category.id, unit: 'pcs', price: 800000 },
})
const dispatcher = createOutboxDispatcher({
  payload,
  api: new Api('123:BENCH', { apiRoot: telegram.apiRoot }),
})
dispatcher.start(100)

let nextUser = 8_860_000
async function newClient(): Promise<number> {
  const userId = nextUser++
  await payload.create({
    collection: 'clients',
    data: { name: `Cafe ${userId}`, telegramId: userId, language: 'en' },
  })
  return userId
}

async function post(update: object): Promise<number> {
  const started = performance.now()
  const response = await fetch(`${server.url}/telegram/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(update),
  })
  if (response.status !== 200) throw new Error(`webhook: ${response.status}`)
  telegram.webhookReply(await response.text())
  return performance.now() - started
}

const lastButtons = (userId: number) => {
  const markup = telegram.lastSent(userId)?.params.reply_markup as
    | { inline_keyboard?: { callback_data: string }[][] }
    | undefined
  return (markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data)
}
const button = (userId: number, prefix: string) => {
  const data = lastButtons(userId).find((candidate) => candidate.startsWith(prefix))
  if (!data) throw new Error(`chat ${userId}: no ${prefix} button`)
  return callbackUpdate(userId, data)
}

/** A full order, as `bench/webhook.ts` places one; each update after the first uses the buttons just sent. */
const ORDER_STEPS: ((userId: number) => object)[] = [
  (userId) => textUpdate(userId, '/order'),
  (userId) => button(userId, 'o-cat:v1:'),
  (userId) => button(userId, `o-prod:v1:${product.id}`),
  (userId) => textUpdate(userId, '80'),
  (userId) => button(userId, 'o-done:v1'),
  (userId) => button(userId, 'o-skip:v1'),
  (userId) => button(userId, 'o-way:v1:pickup'),
  (userId) => button(userId, 'o-date:v1:'),
  (userId) => button(userId, 'o-confirm:v1'),
]
/**
 * Between a client's steps. 50 orders of 9 updates in 20 s keep the bot's answers under Telegram's
 * 30 messages a second: faster, every answer would wait in the shared send budget, and the figures
 * would time Telegram's limit instead of the server.
 */
const THINK_MS = (ORDER_SECONDS * 1000) / ORDER_STEPS.length
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function orderFlow(userId: number, startIn: number, latencies: number[]) {
  await sleep(startIn)
  for (const step of ORDER_STEPS) {
    latencies.push(await post(step(userId)))
    await sleep(THINK_MS * (0.5 + Math.random()))
  }
}

/** `FLOOD` text messages from one chat, evenly over `SECONDS`, each sent when due (not waiting for answers). */
async function floodFrom(userId: number) {
  const started = performance.now()
  const sends: Promise<number>[] = []
  for (let i = 0; i < FLOOD; i++) {
    const due = (i * SECONDS * 1000) / FLOOD
    await sleep(Math.max(0, due - (performance.now() - started)))
    sends.push(post(textUpdate(userId, `spam ${i}`)))
  }
  return Promise.all(sends)
}

interface Phase {
  latencies: number[]
  orders: number
  flooder?: { handled: number; replies: string[] }
}

async function phase(flood: boolean): Promise<Phase> {
  const users: number[] = []
  for (let i = 0; i < CLIENTS; i++) users.push(await newClient())
  const flooder = flood ? await newClient() : null
  const latencies: number[] = []
  const ordering = Promise.all(
    users.map((userId) => orderFlow(userId, Math.random() * 1000, latencies)),
  )
  // The flood in the middle of the orders.
  const flooding = flooder
    ? sleep(((ORDER_SECONDS - SECONDS) * 1000) / 2).then(() => floodFrom(flooder))
    : null
  await Promise.all([ordering, flooding])
  const { rows } = await sqlDatabase(payload).execute<{ n: number }>(sql`
    select count(*)::int as n from orders o join clients c on c.id = o.client_id
     where c.telegram_id = any(${sql.param(users)}::numeric[])`)
  if (!flooder) return { latencies, orders: rows[0].n }
  const stored = await sqlDatabase(payload).execute<{ n: number }>(sql`
    select count(*)::int as n from support_messages m join conversations v on v.id = m.conversation_id
      join clients c on c.id = v.client_id where c.telegram_id = ${flooder} and m.direction = 'in'`)
  return {
    latencies,
    orders: rows[0].n,
    flooder: {
      handled: stored.rows[0].n,
      replies: telegram.sent(flooder).map((call) => String(call.params.text).slice(0, 40)),
    },
  }
}

const calm: number[] = []
const flooded: number[] = []
const lines: string[] = []
// Warm-up: the first orders pay for compiling and caches.
await phase(false)
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? [false, true] : [true, false]
  for (const flood of order) {
    const result = await phase(flood)
    ;(flood ? flooded : calm).push(...result.latencies)
    lines.push(
      `round ${round + 1} ${flood ? 'flood' : 'calm '}: p50 ${percentile(result.latencies, 0.5)!.toFixed(1)} ms, p99 ${percentile(result.latencies, 0.99)!.toFixed(1)} ms, orders ${result.orders}/${CLIENTS}` +
        (result.flooder
          ? `; flooder: ${result.flooder.handled}/${FLOOD} forwarded, told: ${result.flooder.replies.filter((text) => !text.startsWith('Your message')).join(' | ')}`
          : ''),
    )
  }
}
// For contrast, not in the ratio: the same flood with the protection's limits out of reach.
await payload.updateGlobal({
  slug: 'settings',
  data: { floodLimit: 9_999, floodMuteAfter: 10_000 },
})
// The guard reads its limits at most every 10 s.
await sleep(11_000)
const unprotected = await phase(true)
lines.push(
  `contrast, protection off: p50 ${percentile(unprotected.latencies, 0.5)!.toFixed(1)} ms, p99 ${percentile(unprotected.latencies, 0.99)!.toFixed(1)} ms, orders ${unprotected.orders}/${CLIENTS}; flooder: ${unprotected.flooder!.handled}/${FLOOD} forwarded`,
)
await dispatcher.stop()
const p = (values: number[], q: number) => percentile(values, q)!
const ratio = p(flooded, 0.99) / p(calm, 0.99)
// Queued, not sent: the staff chat is a group (20 a minute) with every new order's card ahead.
const { rows: notices } = await sqlDatabase(payload).execute<{ n: number }>(
  sql`select count(*)::int as n from outbox where topic = 'flood.muted'`,
)
console.log(
  [
    `${CLIENTS} clients each placing an order (${ORDER_STEPS.length} updates) over ~${ORDER_SECONDS} s; flood: one chat sending ${FLOOD} messages in ${SECONDS} s; ${ROUNDS} rounds`,
    ...lines,
    `all rounds: calm p50 ${p(calm, 0.5).toFixed(1)} ms p99 ${p(calm, 0.99).toFixed(1)} ms (${calm.length} updates); flood p50 ${p(flooded, 0.5).toFixed(1)} ms p99 ${p(flooded, 0.99).toFixed(1)} ms (${flooded.length} updates)`,
    `others' p99 with the flood ÷ without: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×) ${ratio <= TARGET ? 'OK' : 'OVER'}`,
    `staff notices of a mute queued: ${notices[0].n} (one per flooder: ${ROUNDS})`,
  ].join('\n'),
)
await server.close()
await closePayload(payload)
await telegram.close()
await stopDatabase(db)
