/**
 * The bot's order flow through the webhook against a bare grammY echo bot mounted the same way
 * (a Payload endpoint on the same server), 50 chats at a time, against the fake Bot API.
 * Each simulated customer places a full order: /start, /order, category, product, quantity,
 * finish, skip comment, pickup, date, confirm, /orders (11 updates). A third measure, the order
 * write alone at the same concurrency, shows how much of the flow's cost is the Local API create;
 * the order flow's latencies by step show which step its p99 comes from.
 *
 * That closed loop finds the most each flow can take (its saturation rate). Then an open loop
 * offers both flows the same fixed load, half the order flow's saturation rate in updates/s, to
 * read latencies where a real bakery lives: below saturation, with arrivals that do not wait for
 * the server. The clock, not the answers, sets the load: time is cut into slots of 1 / rate s and
 * slot k (due at start + k / rate) carries step j = k mod 11 of customer c = floor(k / 11) − m·j.
 * So customer c sends step j at slot 11·(c + m·j) + j: a new customer starts every 11 slots, each
 * customer's steps come (11·m + 1) slots apart (m is picked to make that about --open-think
 * seconds, a person reading the answer), and once the first customer has reached its last step
 * every slot carries exactly one update, the 11 steps in equal shares: exactly `rate` updates/s
 * whatever the latencies, with the same mix of steps, slow or fast. A step goes out at its due time
 * whether or not other updates were answered; only its own customer's previous answer may hold it
 * (the next update is built from the buttons the bot just sent): then it goes out when that answer
 * arrives, and the held steps are counted and printed, since they mean a step took longer than the
 * think time. Latency runs from the step's due time (or from the previous answer, if that came
 * later), not from when it was sent: a load generator that falls behind (it shares the process)
 * counts against the server, never hides a stall. The ramp-up (until every step has customers) is
 * sent but not counted. Printed: the rate, each step's p50/p99 (target p99 < 250 ms, every step),
 * and the echo bot's p50/p99 at the same rate, the same way.
 *
 *   npm run bench:webhook -- --customers 400 --rounds 4 --open-seconds 40 --open-rounds 2
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHistogram } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { Bot, webhookCallback } from 'grammy'

import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { DEMO_SELLER } from '@/db/seed/demoCatalog'
import { startFakeTelegram } from '../tests/support/fakeTelegram'
import { callbackUpdate, textUpdate } from '../tests/support/telegramUpdates'
import { watchCpu } from './cpu'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '4' },
    /** Seconds of fixed-rate load per flow in the open loop, counted after each round's ramp-up. */
    'open-seconds': { type: 'string', default: '40' },
    'open-rounds': { type: 'string', default: '2' },
    /** About how long a customer takes between an answer and its next step, in seconds. */
    'open-think': { type: 'string', default: '0.5' },
  },
})
const CUSTOMERS = Number(values.customers)
const CONCURRENCY = Number(values.concurrency)
const ROUNDS = Number(values.rounds)
const OPEN_SECONDS = Number(values['open-seconds'])
const OPEN_ROUNDS = Number(values['open-rounds'])
const THINK_SECONDS = Number(values['open-think'])
/** The open loop's target: every step of the order flow answered within this at p99. */
const P99_TARGET_MS = 250
/** The closed loop's target: the order flow takes at least this share of the echo's updates/s. */
const RATIO_TARGET = 0.5
const SECRET = 'bench-secret'

const telegram = await startFakeTelegram()
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-'))
const db = await startEmbeddedPostgres({ dataDir, persistent: false })
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
  TANDIR_OUTBOX_DISPATCHER: 'off',
  TANDIR_SCHEDULER: 'off',
})

const { getPayload } = await import('payload')
const { default: configPromise } = await import('@payload-config')
const config = await configPromise
const echo = new Bot('123:BENCH', {
  botInfo: JSON.parse(process.env.TELEGRAM_BOT_INFO!),
  client: { apiRoot: telegram.apiRoot },
})
echo.on('message', (ctx) => ctx.reply(ctx.message.text ?? 'echo'))
echo.on('callback_query', (ctx) => ctx.answerCallbackQuery())
const echoHandler = webhookCallback(echo, 'std/http', { secretToken: SECRET })
config.endpoints.push({
  path: '/echo/webhook',
  method: 'post',
  handler: (req) => echoHandler(req as unknown as Request),
})

const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()
const { startRestServer } = await import('../tests/support/restServer')
const server = await startRestServer()

// A bakery that has filled in its settings, as every real one has.
await payload.updateGlobal({ slug: 'settings', data: DEMO_SELLER })
const category = await payload.create({ collection: 'categories', data: { name: 'Bread' } })
const product = await payload.create({
  collection: 'products',
  data: { name: 'White bread', sku: 'W', category: category.id, unit: 'pcs', price: 800000 },
})
const users = Array.from({ length: CUSTOMERS }, (_, i) => 8_000_000 + i)
const clientOf = new Map<number, number>()
for (const userId of users) {
  const client = await payload.create({
    collection: 'clients',
    data: { name: `Cafe ${userId}`, telegramId: userId, language: 'en' },
  })
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
  const markup = telegram.lastSent(userId)?.params.reply_markup as
    | { inline_keyboard?: { callback_data: string }[][] }
    | undefined
  return (markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data)
}
const button = (userId: number, prefix: string) =>
  callbackUpdate(userId, lastButtons(userId).find((data) => data.startsWith(prefix))!)

/** The order flow's latencies by step, to show which step its p99 comes from. */
const stepLatencies = new Map<string, number[]>()

/** A step of a customer's flow: its name and the update it sends, built when it is sent. */
type Step = [string, (userId: number) => object]

/** A full order; each update after the first depends on the buttons the bot just sent. */
const ORDER_STEPS: Step[] = [
  ['/start', (userId) => textUpdate(userId, '/start')],
  ['/order', (userId) => textUpdate(userId, '/order')],
  ['category', (userId) => button(userId, 'o-cat:v1:')],
  ['product', (userId) => button(userId, `o-prod:v1:${product.id}`)],
  ['quantity', (userId) => textUpdate(userId, '80')],
  ['finish', (userId) => button(userId, 'o-done:v1')],
  ['no comment', (userId) => button(userId, 'o-skip:v1')],
  ['pickup', (userId) => button(userId, 'o-way:v1:pickup')],
  ['date', (userId) => button(userId, 'o-date:v1:')],
  ['confirm', (userId) => button(userId, 'o-confirm:v1')],
  ['/orders', (userId) => textUpdate(userId, '/orders')],
]
const ECHO_STEPS: Step[] = Array.from(
  { length: 11 },
  (_, i): Step => ['hello', (userId) => textUpdate(userId + 1_000_000, `hello ${i}`)],
)

/** One customer's full order. */
async function orderFlow(userId: number, latencies: number[]) {
  for (const [name, step] of ORDER_STEPS) {
    const ms = await post('/telegram/webhook', step(userId))
    latencies.push(ms)
    const ofStep = stepLatencies.get(name) ?? []
    stepLatencies.set(name, ofStep)
    ofStep.push(ms)
  }
}

async function echoFlow(userId: number, latencies: number[]) {
  for (const [, step] of ECHO_STEPS) latencies.push(await post('/echo/webhook', step(userId)))
}

/**
 * Only what Confirm writes: the order through the Local API, as the bot places it. Its cost
 * bounds the order flow's rate, however cheap the other updates are.
 */
async function orderWrite(userId: number, latencies: number[]) {
  const started = performance.now()
  await payload.create({
    collection: 'orders',
    data: {
      client: clientOf.get(userId)!,
      items: [{ product: product.id, quantity: 80 }],
      fulfillment: 'pickup',
      deliveryDate: writeDay,
    },
    depth: 0,
    overrideAccess: true,
    context: { actor: 'client', channel: 'bot' },
  })
  latencies.push(performance.now() - started)
}
let writeDay = ''

/** Runs `flow` for `customers`, `CONCURRENCY` chats at a time; adds its updates, time and latencies to `total`. */
async function run(
  flow: (userId: number, latencies: number[]) => Promise<void>,
  customers: number[],
  total: Totals,
) {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < customers.length) await flow(customers[next++], total.latencies)
    }),
  )
  total.seconds += (performance.now() - started) / 1000
}

interface Totals {
  seconds: number
  latencies: number[]
}

/** An open-loop run's figures, after its ramp-up: latencies overall and by step. */
interface OpenTotals {
  latencies: number[]
  byStep: Map<string, number[]>
  /** How long after its due time each step not held went out: the load generator's own lag. */
  late: number[]
  /** Steps that went out after their due time, held by their customer's previous answer. */
  held: number
  /** Steps counted, and the seconds from the first one's due time to the last one's sending. */
  sent: number
  seconds: number
  /** Updates that failed, or were not sent because an earlier step of their customer failed. */
  errors: number
  /** Answers slower than the target, and the counted seconds (by due time) they fell in. */
  slow: number
  slowSeconds: Set<string>
  /** How late the process's event loop ran its timers: a stall holds every update at once. */
  loop: ReturnType<typeof createHistogram>
  /** The machine's load meanwhile. */
  cpu: ReturnType<typeof watchCpu>
}
const openTotals = (): OpenTotals => ({
  latencies: [],
  byStep: new Map(),
  late: [],
  held: 0,
  slow: 0,
  slowSeconds: new Set(),
  loop: createHistogram(),
  cpu: watchCpu(dataDir),
  sent: 0,
  seconds: 0,
  errors: 0,
})
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
let openRuns = 0

/** The open loop's schedule for `steps` at `rate` (see the header); `customers` it needs. */
function openPlan(steps: number, rate: number, seconds: number) {
  const m = Math.max(1, Math.round((THINK_SECONDS * rate) / steps))
  // Before this slot some steps have no customer yet: the load ramps up, and is not counted.
  const ramp = (steps - 1) * (steps * m + 1)
  const slots = ramp + Math.round(rate * seconds)
  return { m, ramp, slots, customers: Math.floor((slots - 1) / steps) + 1 }
}

/**
 * Offers `rate` updates/s, then `seconds` more counted (see the header): slot k is due at
 * start + k / rate and carries step k mod S of customer floor(k / S) − m·(k mod S), whose user id
 * is `firstUser` plus that number.
 */
async function openLoop(
  route: string,
  steps: Step[],
  rate: number,
  seconds: number,
  firstUser: number,
  total: OpenTotals,
) {
  const S = steps.length
  const { m, ramp, slots } = openPlan(S, rate, seconds)
  // Each customer's last answer, when it arrived (ms): its next step waits for it.
  const previous = new Map<number, Promise<number>>()
  const answers: Promise<unknown>[] = []
  const started = performance.now()
  const run = openRuns++
  // How late a 10 ms timer fires: a stall of the event loop holds every update at once.
  let tick = performance.now()
  const loop = setInterval(() => {
    const now = performance.now()
    total.loop.record(Math.max(1, Math.round((now - tick - 10) * 1e6)))
    tick = now
  }, 10)
  total.cpu.start()
  for (let k = 0; k < slots; k++) {
    const j = k % S
    const customer = Math.floor(k / S) - m * j
    if (customer < 0) continue // the ramp-up: this step has no customer yet
    const due = started + (k * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await sleep(wait)
    const counted = k >= ramp
    const [name, update] = steps[j]
    const userId = firstUser + customer
    const after = j === 0 ? Promise.resolve(0) : previous.get(customer)!
    const answered = after.then(async (previousAt) => {
      const held = previousAt > due
      if (counted && held) total.held++
      else if (counted) total.late.push(performance.now() - due)
      await post(route, update(userId))
      const at = performance.now()
      if (counted) {
        const ms = at - Math.max(due, previousAt)
        total.latencies.push(ms)
        const ofStep = total.byStep.get(name) ?? []
        total.byStep.set(name, ofStep)
        ofStep.push(ms)
        if (ms >= P99_TARGET_MS) {
          total.slow++
          total.slowSeconds.add(`${run}:${Math.floor((k - ramp) / rate)}`)
        }
      }
      return at
    })
    if (j < S - 1) previous.set(customer, answered)
    else previous.delete(customer)
    answers.push(answered.catch(() => counted && total.errors++))
  }
  total.seconds += (performance.now() - (started + (ramp * 1000) / rate)) / 1000
  total.sent += slots - ramp
  await Promise.all(answers)
  clearInterval(loop)
  total.cpu.stop()
}
const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
const summary = ({ seconds, latencies }: Totals) => {
  latencies.sort((a, b) => a - b)
  return {
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    count: latencies.length,
  }
}

await run(echoFlow, users, { seconds: 0, latencies: [] }) // warm-up of the server path
// Interleaved rounds, so a noisy moment of the machine falls on both flows alike.
const echoTotals: Totals = { seconds: 0, latencies: [] }
const orderTotals: Totals = { seconds: 0, latencies: [] }
const writeTotals: Totals = { seconds: 0, latencies: [] }
const perRound = Math.ceil(users.length / ROUNDS)
// The machine's load meanwhile: other processes' share of it is noise in every figure.
const closedCpu = watchCpu(dataDir)
closedCpu.start()
for (let round = 0; round < ROUNDS; round++) {
  const customers = users.slice(round * perRound, (round + 1) * perRound)
  await run(echoFlow, customers, echoTotals)
  await run(orderFlow, customers, orderTotals)
  writeDay ||= (await payload.find({ collection: 'orders', limit: 1, depth: 0 })).docs[0]
    .deliveryDate
  await run(orderWrite, customers, writeTotals)
}
closedCpu.stop()
const echoResult = summary(echoTotals)
const orderResult = summary(orderTotals)
const writeResult = summary(writeTotals)
// Every customer placed one order through the flow and one by the write alone.
const placed = (await payload.count({ collection: 'orders' })).totalDocs - writeResult.count
const ratio = orderResult.perSecond / echoResult.perSecond
const line = (name: string, r: ReturnType<typeof summary>) =>
  `${name.padEnd(11)} ${r.perSecond.toFixed(0).padStart(9)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)}   (${r.count} updates)`
console.log(
  [
    `${CUSTOMERS} customers in ${ROUNDS} interleaved rounds, ${CONCURRENCY} chats at a time, through the webhook against the fake Bot API`,
    `flow        updates/s  p50 ms   p99 ms`,
    line('echo bot', echoResult),
    line('order flow', orderResult),
    `order flow / echo: ${ratio.toFixed(2)} of the echo's updates/s (target ≥ ${RATIO_TARGET}: ${ratio >= RATIO_TARGET ? 'pass' : 'MISS'}); orders placed: ${placed}/${CUSTOMERS}`,
    `the order write alone (payload.create as Confirm makes it, ${CONCURRENCY} at a time): ${writeResult.perSecond.toFixed(0)} orders/s, p50 ${writeResult.p50.toFixed(1)} ms, p99 ${writeResult.p99.toFixed(1)} ms`,
    // Per order the flow needs the write plus 11 updates; were each as cheap as an echo's, the rate would be this.
    `so, were its other work as cheap as the echo's, the order flow could reach at most ${(11 / (echoResult.perSecond / writeResult.perSecond + 11)).toFixed(2)} of the echo's updates/s`,
    `CPU meanwhile: ${closedCpu.summary()}`,
    `order flow by step, p50 / p99 ms:`,
    ...[...stepLatencies].map(([name, ms]) => {
      ms.sort((a, b) => a - b)
      return `  ${name.padEnd(11)} ${percentile(ms, 0.5).toFixed(0).padStart(5)} ${percentile(ms, 0.99).toFixed(0).padStart(6)}`
    }),
  ].join('\n'),
)

// The open loop: both flows at half the order flow's saturation rate, in alternating rounds.
const rate = orderResult.perSecond / 2
const openEcho = openTotals()
const openOrder = openTotals()
const openPerRound = OPEN_SECONDS / OPEN_ROUNDS
const plan = openPlan(ORDER_STEPS.length, rate, openPerRound)
// New customers for every round of the order flow, registered as the closed loop's were.
const ORDERING = 8_500_000
for (let i = 0; i < plan.customers * OPEN_ROUNDS; i++) {
  await payload.create({
    collection: 'clients',
    data: { name: `Cafe ${ORDERING + i}`, telegramId: ORDERING + i, language: 'en' },
  })
}
const openOrdersBefore = (await payload.count({ collection: 'orders' })).totalDocs
for (let round = 0; round < OPEN_ROUNDS; round++) {
  const firstUser = round * plan.customers
  await openLoop('/echo/webhook', ECHO_STEPS, rate, openPerRound, 9_500_000 + firstUser, openEcho)
  await openLoop(
    '/telegram/webhook',
    ORDER_STEPS,
    rate,
    openPerRound,
    ORDERING + firstUser,
    openOrder,
  )
}
const openPlaced = (await payload.count({ collection: 'orders' })).totalDocs - openOrdersBefore
const sorted = (ms: number[]) => [...ms].sort((a, b) => a - b)
const marker = (p99: number) => (p99 < P99_TARGET_MS ? 'pass' : 'MISS')
const openLine = (name: string, total: OpenTotals) => {
  const ms = sorted(total.latencies)
  const late = sorted(total.late)
  return `${name.padEnd(11)} ${(total.sent / total.seconds).toFixed(0).padStart(6)} ${percentile(ms, 0.5).toFixed(1).padStart(7)} ${percentile(ms, 0.99).toFixed(1).padStart(7)} ${percentile(late, 0.99).toFixed(1).padStart(10)} ${String(total.held).padStart(5)}   (${ms.length} answered, ${total.errors} failed)`
}
/** Whether the slow answers come in bursts (stalls that hold every update) or one by one. */
const stallLine = (name: string, total: OpenTotals) =>
  `  ${name}: ${total.slow} answers ≥ ${P99_TARGET_MS} ms, within ${total.slowSeconds.size} of its ${Math.round(total.seconds)} s; event loop delay p99 ${(total.loop.percentile(99) / 1e6).toFixed(0)} ms, max ${(total.loop.max / 1e6).toFixed(0)} ms; CPU: ${total.cpu.summary()}`
const steps = ORDER_STEPS.map(([name]) => {
  const ms = sorted(openOrder.byStep.get(name) ?? [])
  return {
    name,
    count: ms.length,
    p50: percentile(ms, 0.5) ?? NaN,
    p99: percentile(ms, 0.99) ?? NaN,
  }
})
const misses = steps.filter((step) => !(step.p99 < P99_TARGET_MS))
console.log(
  [
    `open loop: ${rate.toFixed(1)} updates/s offered by the clock to each flow (half the order flow's closed-loop ${orderResult.perSecond.toFixed(1)}/s), ${OPEN_ROUNDS} alternating rounds of ${openPerRound.toFixed(0)} s counted per flow after a ${(plan.ramp / rate).toFixed(1)} s ramp-up; a customer's steps ${(((ORDER_STEPS.length * plan.m + 1) / rate) * 1000).toFixed(0)} ms apart; latency from each step's due time`,
    `flow        sent/s  p50 ms  p99 ms  late p99 ms  held`,
    openLine('echo bot', openEcho),
    openLine('order flow', openOrder),
    ...[
      ['echo bot', openEcho],
      ['order flow', openOrder],
    ].map(([name, total]) => stallLine(name as string, total as OpenTotals)),
    `orders placed in the open loop: ${openPlaced}`,
    `order flow by step at ${rate.toFixed(1)} updates/s, p50 / p99 ms (target p99 < ${P99_TARGET_MS} ms):`,
    ...steps.map(
      ({ name, count, p50, p99 }) =>
        `  ${name.padEnd(11)} ${p50.toFixed(0).padStart(5)} ${p99.toFixed(0).padStart(6)}  ${marker(p99)}   (${count})`,
    ),
    `every step p99 < ${P99_TARGET_MS} ms: ${misses.length ? `MISS (${misses.map((step) => step.name).join(', ')})` : 'pass'}`,
  ].join('\n'),
)

await server.close()
await telegram.close()
await closePayload(payload)
await stopDatabase(db)
