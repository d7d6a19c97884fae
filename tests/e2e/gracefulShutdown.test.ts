import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Api } from 'grammy'
import type { Payload } from 'payload'
import { freePort } from '@/db/freePort'
import { SHUTDOWN_DEADLINE_MS } from '@/server/shutdownDeadline'
import { type FakeTelegram, startFakeTelegram } from '../support/fakeTelegram'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { BUILD_TIMEOUT } from '../support/nextServer'
import { closePayload, openPayload } from '../support/payload'
import { login } from '../support/restServer'

const root = path.resolve(import.meta.dirname, '../..')
const ORDERS = 24
const CHATS = 4
const MOVES = ['accepted', 'preparing', 'on_the_way', 'delivered'] as const
const WEBHOOK_URL = 'https://tandir.example.invalid/api/telegram/webhook'

let payload: Payload
let telegram: FakeTelegram
let manager: { email: string }
let orders: { id: number; chatId: number }[] = []

interface Tandir {
  url: string
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** `npm start` (scripts/start.ts) on the test database, its bot pointed at the fake Bot API. */
async function startTandir(): Promise<Tandir> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: '123:TEST',
      TELEGRAM_API_ROOT: telegram.apiRoot,
      // A webhook address (never called here) rather than polling the fake for updates.
      TELEGRAM_WEBHOOK_URL: WEBHOOK_URL,
      TELEGRAM_WEBHOOK_SECRET: 'graceful-shutdown-secret',
      TANDIR_SCHEDULER: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 120_000; ; ) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`)
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (Date.now() > deadline) throw new Error(`npm start did not become healthy:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { url, child, output: () => output, exited }
}

/** What the clients saw: answers by status, refused connections, and anything else. */
interface Tally {
  statuses: Record<number, number>
  refused: number
  failures: string[]
}

/**
 * A client that calls `request` again and again until the server refuses its connection (its
 * listener is closed) or `until` says stop.
 */
async function client(request: () => Promise<Response>, tally: Tally, until: () => boolean) {
  while (!until()) {
    try {
      const response = await request()
      await response.arrayBuffer()
      tally.statuses[response.status] = (tally.statuses[response.status] ?? 0) + 1
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code
      if (code === 'ECONNREFUSED') {
        tally.refused++
        return
      }
      tally.failures.push(`${code ?? ''} ${String((error as Error).cause ?? error)}`)
    }
  }
}

const orderRows = async () =>
  (
    await payload.find({
      collection: 'outbox',
      where: { 'payload.order': { in: orders.map((order) => order.id) } },
      pagination: false,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID')))
    execFileSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      stdio: 'inherit',
    })
  payload = await openPayload()
  telegram = await startFakeTelegram()
  // Registered as `npm run bot:webhook` does: readiness (/api/health) waits for it.
  await new Api('123:TEST', { apiRoot: telegram.apiRoot }).setWebhook(WEBHOOK_URL)
  // What other files left in the shared outbox is settled first: the servers here send only ours.
  await payload.updateGlobal({ slug: 'settings', data: { adminChatId: null } })
  await createOutboxDispatcher({ payload, api: new Api('123:TEST', { apiRoot: telegram.apiRoot }) })
    .drain()
    .catch(() => {})
  telegram.calls.length = 0
  manager = await makeUser(payload, 'manager')
  const { bread } = await makeCatalog(payload)
  // Few chats for many orders: at Telegram's one message a second per chat a queue builds up.
  const customers = []
  for (let i = 0; i < CHATS; i++)
    customers.push(await makeClient(payload, { telegramId: 8_700_000 + i, language: 'en' }))
  orders = []
  for (let i = 0; i < ORDERS; i++) {
    const customer = customers[i % CHATS]
    const order = await payload.create({
      collection: 'orders',
      data: {
        client: customer.id,
        fulfillment: 'delivery',
        deliveryDate: '2026-12-01',
        items: [{ product: bread.id, quantity: 10 }],
      },
    })
    orders.push({ id: order.id, chatId: customer.telegramId as number })
  }
}, BUILD_TIMEOUT)

afterAll(async () => {
  await telegram?.close()
  await closePayload(payload)
})

describe('SIGTERM under load', () => {
  it('answers every request it took, exits 0, and leaves no notification lost or sent twice', async () => {
    const first = await startTandir()
    const api = `${first.url}/api`
    const auth = await login(api, manager.email, PASSWORD)
    const tally: Tally = { statuses: {}, refused: 0, failures: [] }
    let stopLoad = false
    const until = () => stopLoad
    // Status moves, each a write with an outbox row in its transaction, round the orders.
    let move = 0
    const nextMove = () => {
      const n = move++
      const order = orders[n % ORDERS]
      const status = MOVES[Math.floor(n / ORDERS) % MOVES.length]
      return fetch(`${api}/orders/${order.id}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ status }),
      })
    }
    const clients = [
      // Liveness: readiness (/api/health) answers 503 on purpose once the server drains.
      client(() => fetch(`${api}/health/live`), tally, until),
      client(() => fetch(`${api}/health/live`), tally, until),
      client(() => fetch(`${api}/products?limit=5`, { headers: auth }), tally, until),
      // The slow one: a month's invoices workbook.
      client(() => fetch(`${api}/invoices/export?month=2026-12`, { headers: auth }), tally, until),
      client(nextMove, tally, until),
      client(nextMove, tally, until),
    ]
    await new Promise((resolve) => setTimeout(resolve, 4_000))
    const signalled = Date.now()
    first.child.kill('SIGTERM')
    const code = await first.exited
    const stopMs = Date.now() - signalled
    stopLoad = true
    await Promise.all(clients)
    const stopped = first.output().match(/\[tandir\] stopped in .*/)?.[0]
    const pendingAtStop = (await orderRows()).filter((row) => row.status === 'pending').length
    console.log(
      `graceful stop: exit ${code} after ${stopMs} ms (deadline ${SHUTDOWN_DEADLINE_MS} ms); ${stopped}; ` +
        `answers ${JSON.stringify(tally.statuses)}, refused ${tally.refused}, other failures ${tally.failures.length}; ` +
        `${move} status moves sent, ${pendingAtStop} notifications left pending for the next server`,
    )
    expect(code).toBe(0)
    expect(stopped).toBeDefined()
    expect(Object.keys(tally.statuses).filter((status) => Number(status) >= 500)).toEqual([])
    expect(tally.failures).toEqual([])

    // The next server sends what the first left, once.
    const second = await startTandir()
    for (const deadline = Date.now() + 90_000; ; ) {
      const rows = await orderRows()
      if (rows.every((row) => row.status !== 'pending')) break
      if (Date.now() > deadline) throw new Error('notifications still pending after 90 s')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)

    // Staff cards have no staff chat here and are parked as such; every client message is sent.
    const rows = await orderRows()
    expect(
      rows
        .filter((row) => row.status !== 'sent' && row.topic !== 'staff.order_card')
        .map((row) => [row.topic, row.status, row.lastError]),
    ).toEqual([])
    expect(rows.filter((row) => row.status === 'pending')).toEqual([])
    const expected = new Map<number, number>()
    for (const order of orders) {
      const { statusHistory } = await payload.findByID({
        collection: 'orders',
        id: order.id,
        depth: 0,
      })
      // One message for the order's creation and one for every move.
      const messages = (statusHistory ?? []).filter((entry) => entry.from).length + 1
      expected.set(order.chatId, (expected.get(order.chatId) ?? 0) + messages)
    }
    for (const [chatId, messages] of expected) {
      const texts = telegram.sent(chatId).map((call) => String(call.params.text))
      expect(new Set(texts).size).toBe(texts.length)
      expect(texts).toHaveLength(messages)
    }
  }, 300_000)
})
