/**
 * Reliability soak: a mixed load on one app server (`bench/soakServer.ts`, a child process) while
 * it is killed with SIGKILL and started again, then a count of what survived.
 *
 * - Customers place pickup orders through the Telegram webhook, step by step; a step the server
 *   did not answer is sent again with the same update, as Telegram resends.
 * - Managers move orders along their workflow through REST.
 * - Half the accepted orders are paid by card: the client presses Pay, Stripe's events follow,
 *   30% of them twice and some out of order (a late "expired" after the payment). The other
 *   orders are paid in cash once picked up, and some get a small cash refund.
 * - The server is killed `--kills` times at even intervals and started again at once, its
 *   embedded PostgreSQL left running orphaned, as a crash leaves it.
 *
 * Afterwards, from the database and the fake Bot API's record: every acknowledged order, move,
 * payment and refund is there exactly once, every move has its outbox row, every outbox row is
 * sent or parked with its reason, and no client was told the same thing twice.
 *
 *   npm run bench:soak -- --seconds 150 --customers 24 --kills 3 --pause 8
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { freePort } from '@/db/freePort'
import { startFakeStripe } from '../tests/support/fakeStripe'
import { startFakeTelegram } from '../tests/support/fakeTelegram'
import { callbackUpdate, textUpdate } from '../tests/support/telegramUpdates'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '150' },
    customers: { type: 'string', default: '24' },
    kills: { type: 'string', default: '3' },
    pause: { type: 'string', default: '8' },
  },
})
const SECONDS = Number(values.seconds)
const CUSTOMERS = Number(values.customers)
const KILLS = Number(values.kills)
const PAUSE_MS = Number(values.pause) * 1000
const TELEGRAM_SECRET = 'soak-secret'
const STRIPE_SECRET = 'whsec_soak'

const telegram = await startFakeTelegram()
const stripe = await startFakeStripe(STRIPE_SECRET)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-soak-'))
const pgPort = await freePort()
const env = {
  ...process.env,
  SOAK_DATA_DIR: path.join(dataDir, 'postgres'),
  SOAK_PG_PORT: String(pgPort),
  SOAK_CUSTOMERS: String(CUSTOMERS),
  PAYLOAD_SECRET: 'soak-secret-not-for-production',
  TELEGRAM_BOT_TOKEN: '123:SOAK',
  TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
  TELEGRAM_WEBHOOK_URL: 'https://soak.local/api/telegram/webhook',
  TELEGRAM_API_ROOT: telegram.apiRoot,
  TELEGRAM_BOT_INFO: JSON.stringify({
    id: 1,
    is_bot: true,
    first_name: 'Soak',
    username: 'soak_bot',
  }),
  STRIPE_SECRET_KEY: 'sk_test_soak',
  STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
  STRIPE_API_BASE: stripe.apiBase,
  TANDIR_SCHEDULER: 'off',
}

// ---- the server, started again by this supervisor whenever it is killed
let api = ''
let child: ChildProcess | undefined
const starts: { seconds: number; said: string[] }[] = []
const killedAt: number[] = []

async function startServer(): Promise<void> {
  const started = performance.now()
  const said: string[] = []
  child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'soakServer.ts')],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  api = await new Promise<string>((resolve, reject) => {
    let buffered = ''
    child!.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
        const line = buffered.slice(0, end)
        buffered = buffered.slice(end + 1)
        if (line.startsWith('READY ')) resolve(line.slice(6))
        else if (line.includes('[tandir]')) said.push(line.trim())
      }
    })
    child!.once('exit', (code) =>
      reject(new Error(`the server exited with ${code} before it was ready`)),
    )
  })
  starts.push({ seconds: (performance.now() - started) / 1000, said })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A request sent again until the server answers, as Telegram and Stripe do; the answer's status. */
async function deliver(
  route: string,
  init: RequestInit,
  accept = (status: number) => status < 500,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${api}${route}`, init)
      if (accept(response.status)) return response
    } catch {
      // Killed or not started yet: the next try goes to the server that replaced it.
    }
    if (attempt > 600) throw new Error(`${route}: no answer for a minute`)
    await pause(100)
  }
}

const telegramHeaders = {
  'content-type': 'application/json',
  'x-telegram-bot-api-secret-token': TELEGRAM_SECRET,
}
async function update(body: object): Promise<void> {
  const response = await deliver(
    '/telegram/webhook',
    { method: 'POST', headers: telegramHeaders, body: JSON.stringify(body) },
    (status) => status === 200,
  )
  telegram.webhookReply(await response.text())
}

// ---- what was acknowledged, to count afterwards
const placed = new Map<number, number>() // order number → customer
const moves: { order: number; to: string }[] = []
const cardPaid: string[] = [] // Checkout Session ids whose completion Stripe had answered 200
const cashPaid: string[] = [] // request ids
const cashRefunded: string[] = []
const counts = { stripeEvents: 0, duplicatedEvents: 0, lateEvents: 0, flowsRestarted: 0 }
const lostAnswers: string[] = []

const customerIds = Array.from({ length: CUSTOMERS }, (_, i) => 8_000_000 + i)
type Sent = ReturnType<typeof telegram.sent>

/** The callback data under the bot's replies to the last step that starts with `prefix`, or null when it gave none. */
function press(userId: number, replies: Sent, prefix: string) {
  for (const reply of [...replies].reverse()) {
    const markup = reply.params.reply_markup as
      | { inline_keyboard?: { callback_data?: string }[][] }
      | undefined
    const data = (markup?.inline_keyboard ?? [])
      .flat()
      .find((button) => button.callback_data?.startsWith(prefix))?.callback_data
    if (data) return callbackUpdate(userId, data)
  }
  return null
}

/**
 * One customer ordering again and again. Each step answers the bot's replies to the step before
 * (notifications arrive in between); a step whose answer was lost to a kill starts the order over.
 */
async function customer(userId: number, until: number) {
  const steps: ((replies: Sent) => object | null)[] = [
    () => textUpdate(userId, '/order'),
    (replies) => press(userId, replies, 'o-cat:v1:'),
    (replies) => press(userId, replies, 'o-prod:v1:'),
    () => textUpdate(userId, '10'),
    (replies) => press(userId, replies, 'o-done:v1'),
    (replies) => press(userId, replies, 'o-skip:v1'),
    (replies) => press(userId, replies, 'o-way:v1:pickup'),
    (replies) => press(userId, replies, 'o-date:v1:'),
    (replies) => press(userId, replies, 'o-confirm:v1'),
  ]
  while (Date.now() < until) {
    let replies: Sent = []
    let step = 0
    for (; step < steps.length; step++) {
      const next = steps[step](replies)
      if (!next) break
      const mark = telegram.sent(userId).length
      await update(next)
      replies = telegram.sent(userId).slice(mark)
    }
    if (step < steps.length) {
      counts.flowsRestarted++
      if (lostAnswers.length < 3)
        lostAnswers.push(
          `step ${step} of ${userId}, after: ${JSON.stringify(replies.map((reply) => reply.params.text)).slice(0, 300)}`,
        )
      // As a person would: a moment, then /order again.
      await pause(1000)
      continue
    }
    for (const reply of replies) {
      const number = /Order #(\d+) is placed/.exec(String(reply.params.text))?.[1]
      if (number) placed.set(Number(number), userId)
    }
    // A customer orders every few seconds: what they are told stays within Telegram's one message a second per chat.
    await pause(PAUSE_MS)
  }
}

let adminHeaders: Record<string, string> = {}
async function staffCall(method: string, route: string, body?: object) {
  return deliver(route, { method, headers: adminHeaders, body: body && JSON.stringify(body) })
}

const cardPayments: Promise<void>[] = []
const movedAlready = new Set<string>()
const NEXT: Record<string, string> = {
  new: 'accepted',
  accepted: 'preparing',
  preparing: 'ready',
  ready: 'given',
}

/** A manager moving orders along, paying the picked-up ones in cash and refunding a few. */
async function manager(until: number, clientChat: Map<number, number>) {
  while (Date.now() < until) {
    const response = await staffCall(
      'GET',
      '/orders?where[status][in]=new,accepted,preparing,ready&sort=updatedAt&limit=10&depth=0',
    )
    const { docs = [] } = (await response.json().catch(() => ({}))) as {
      docs?: { id: number; status: string; client: number }[]
    }
    for (const order of docs) {
      const to = NEXT[order.status]
      const moved = await staffCall('PATCH', `/orders/${order.id}`, { status: to })
      // Another manager was first: refused, or (the same move again) a 200 that changes nothing.
      if (moved.status !== 200 || movedAlready.has(`${order.id}:${to}`)) continue
      movedAlready.add(`${order.id}:${to}`)
      moves.push({ order: order.id, to })
      if (to === 'accepted' && order.id % 2 === 0)
        cardPayments.push(payByCard(order.id, clientChat.get(order.client)!))
      if (to === 'given' && order.id % 2 === 1) await payInCash(order.id)
    }
    await pause(150)
  }
}

async function payInCash(order: number) {
  const requestId = `soak-cash-${order}`
  const body = { order, provider: 'cash', amount: 8_000_000, reference: `R-${order}`, requestId }
  // A double click now and then: the same request twice is one payment.
  const answers = await Promise.all(
    Array.from({ length: order % 3 === 0 ? 2 : 1 }, () =>
      staffCall('POST', '/payments/manual', body),
    ),
  )
  if (answers.some((answer) => answer.status === 200)) cashPaid.push(requestId)
  if (order % 5 === 1) {
    const refundId = `soak-refund-${order}`
    const refund = await staffCall('POST', '/payments/refund', {
      order,
      amount: 100_000,
      reason: 'one loaf short',
      requestId: refundId,
    })
    if (refund.status === 200) cashRefunded.push(refundId)
  }
}

/** The client presses Pay, pays on Stripe's page, and Stripe tells us, sometimes twice, sometimes late and out of order. */
async function payByCard(order: number, userId: number) {
  await update(callbackUpdate(userId, `pay:v1:${order}`))
  const session = [...stripe.sessions.values()].find(
    (candidate) =>
      (candidate.metadata as { order: string }).order === String(order) &&
      candidate.status === 'open',
  )
  if (!session) return
  const paid = stripe.pay(session.id as string)
  const completed = stripe.event('checkout.session.completed', paid)
  const send = (event: { body: string; signature: string }) =>
    deliver(
      '/stripe/webhook',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': event.signature },
        body: event.body,
      },
      (status) => status === 200,
    )
  const twice = order % 10 < 3
  await Promise.all(Array.from({ length: twice ? 2 : 1 }, () => send(completed)))
  counts.stripeEvents++
  if (twice) counts.duplicatedEvents++
  cardPaid.push(session.id as string)
  if (order % 4 === 0) {
    counts.lateEvents++
    await send(stripe.event('checkout.session.expired', { ...paid, status: 'expired' }))
  }
}

// ---- the run
await startServer()
const login = await deliver('/users/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'soak@tandir.local', password: 'soak-password' }),
})
adminHeaders = {
  authorization: `JWT ${((await login.json()) as { token: string }).token}`,
  'content-type': 'application/json',
}
const clients = (await (await staffCall('GET', '/clients?limit=0&depth=0')).json()) as {
  docs: { id: number; telegramId: number }[]
}
const clientChat = new Map(clients.docs.map((client) => [client.id, client.telegramId]))

const began = Date.now()
const until = began + SECONDS * 1000
const kills = (async () => {
  for (let kill = 1; kill <= KILLS; kill++) {
    await pause(began + (kill * SECONDS * 1000) / (KILLS + 1) - Date.now())
    child!.kill('SIGKILL')
    killedAt.push(Date.now())
    await startServer()
  }
})()
await Promise.all([
  ...customerIds.map((userId) => customer(userId, until)),
  manager(until, clientChat),
  manager(until, clientChat),
  kills,
])
await Promise.all(cardPayments)

// ---- let the outbox drain, then count
const db = new pg.Pool({
  connectionString: `postgres://postgres:tandir@127.0.0.1:${pgPort}/tandir`,
  max: 4,
})
const scalar = async (text: string, params: unknown[] = []) =>
  Number(Object.values((await db.query(text, params)).rows[0])[0])
let drained = 0
while (
  drained < 180 &&
  (await scalar(`select count(*) from outbox where status = 'pending'`)) > 0
) {
  await pause(1000)
  drained++
}

const numbers = [...placed.keys()]
const foundOrders = await scalar(
  'select count(distinct number) from orders where number = any($1::int[])',
  [numbers],
)
const allOrders = await scalar('select count(*) from orders')
const moveRows = await Promise.all(
  moves.map(({ order, to }) =>
    scalar(`select count(*) from orders_status_history where _parent_id = $1 and "to" = $2`, [
      order,
      to,
    ]),
  ),
)
const movesOnce = moveRows.filter((count) => count === 1).length
const historyWithoutOutbox = await scalar(`
  select count(*) from orders_status_history h
   where (select count(*) from outbox o where o.topic = 'order.status_changed'
            and (o.payload->>'order')::int = h._parent_id and o.payload->>'to' = h."to"::text) <> 1`)
const outbox = (
  await db.query(
    `select status, count(*)::int as rows, count(*) filter (where status = 'dead' and coalesce(last_error, '') = '')::int as unexplained from outbox group by status order by status`,
  )
).rows
const onceBy = async (ids: string[]) =>
  scalar(
    'select count(*) from (select external_id from transactions where external_id = any($1::text[]) group by external_id having count(*) = 1) once',
    [ids],
  )
const cardOnce = await scalar(
  `select count(*) from transactions where external_id = any($1::text[]) and status = 'succeeded'`,
  [cardPaid],
)
const cardOrdersPaid = await scalar(
  `select count(*) from orders o where o.payment_status in ('paid', 'partially_refunded') and exists (select 1 from transactions t where t.order_id = o.id and t.external_id = any($1::text[]))`,
  [cardPaid],
)
const cashOnce = await onceBy(cashPaid.map((id) => `cash:${id}`))
const refundsOnce = await onceBy(cashRefunded.map((id) => `cash-refund:${id}`))
const told = new Map<string, number[]>()
for (const call of telegram.sent()) {
  const chat = Number(call.params.chat_id)
  const key = `${chat}: ${call.params.text}`
  if (customerIds.includes(chat) && String(call.params.text).includes('#'))
    told.set(key, [...(told.get(key) ?? []), call.at])
}
const toldTwice = [...told].filter(([, times]) => times.length > 1)
const second = (at: number) => `${((at - began) / 1000).toFixed(1)} s`
/** A repeat whose first copy went out just before a kill: Telegram took it, the server died before noting so. */
const nearKill = (times: number[]) =>
  killedAt.find((kill) => times[0] <= kill && kill - times[0] < 2000)
const unpaidCards = (
  await db.query(
    `select t.external_id, t.status, o.number, o.payment_status from transactions t join orders o on o.id = t.order_id
      where t.external_id = any($1::text[]) and t.status <> 'succeeded'`,
    [cardPaid],
  )
).rows
await db.end()

console.log(
  [
    `${SECONDS} s of mixed load, ${CUSTOMERS} customers and 2 managers, the server killed with SIGKILL ${KILLS} times`,
    `server starts: ${starts.map((start, i) => `${i === 0 ? 'first' : `after kill ${i}`} ready in ${start.seconds.toFixed(1)} s${start.said.length ? ` (${start.said.join('; ')})` : ''}`).join('\n               ')}`,
    `orders acknowledged to customers: ${numbers.length}, present once: ${foundOrders}; orders in the database: ${allOrders} (placed but their confirmation lost to a kill: ${allOrders - foundOrders})`,
    `order flows started over after a lost answer: ${counts.flowsRestarted}${lostAnswers.map((lost) => `\n  ${lost}`).join('')}`,
    `status moves acknowledged: ${moves.length}, in the history exactly once: ${movesOnce}; history entries without exactly one outbox row: ${historyWithoutOutbox}`,
    `outbox, ${drained} s after the load: ${outbox.map((row) => `${row.rows} ${row.status}${row.unexplained ? ` (${row.unexplained} without a reason)` : ''}`).join(', ')}`,
    `card payments acknowledged: ${cardPaid.length} (${counts.duplicatedEvents} events sent twice, ${counts.lateEvents} late "expired" after payment), recorded once as succeeded: ${cardOnce}, their orders paid: ${cardOrdersPaid}`,
    ...unpaidCards.map((row) => `  not succeeded: ${JSON.stringify(row)}`),
    `cash payments acknowledged: ${cashPaid.length}, recorded once: ${cashOnce}; cash refunds acknowledged: ${cashRefunded.length}, recorded once: ${refundsOnce}`,
    `clients told the same thing twice: ${toldTwice.length} (of ${told.size} distinct order messages), of which first sent within 2 s before a kill: ${toldTwice.filter(([, times]) => nearKill(times)).length}`,
    ...toldTwice
      .slice(0, 10)
      .map(
        ([message, times]) =>
          `  ${message} at ${times.map(second).join(', ')}${nearKill(times) ? ` (killed at ${second(nearKill(times)!)})` : ''}`,
      ),
  ].join('\n'),
)

child!.kill('SIGKILL')
await new Promise((resolve) => child!.once('exit', resolve))
await telegram.close()
await stripe.close()
// The last server's PostgreSQL is stopped by the recovery a next start would do.
await pause(500)
const { recoverStaleServer } = await import('@/db/recoverStaleServer')
await recoverStaleServer(env.SOAK_DATA_DIR)
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
