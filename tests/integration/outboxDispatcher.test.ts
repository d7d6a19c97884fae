import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Api } from 'grammy'
import type { Payload } from 'payload'
import { metrics } from '@/shared/observability/metrics'
import { type FakeTelegram, startFakeTelegram } from '../support/fakeTelegram'
import { makeCatalog, makeClient } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'

let payload: Payload
let telegram: FakeTelegram
let api: Api
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let nextChat = 5_000_000

beforeAll(async () => {
  payload = await openPayload()
  telegram = await startFakeTelegram()
  api = new Api('123:TEST', { apiRoot: telegram.apiRoot })
  catalog = await makeCatalog(payload)
  // Cards of new orders go nowhere (and are settled at once) except where a test sets a chat.
  await staffChat(null)
})
afterAll(async () => {
  await telegram?.close()
  await closePayload(payload)
})

// Rows other test files left behind are settled first, so each test sees only its own.
beforeEach(async () => {
  await createOutboxDispatcher({ payload, api }).drain()
  telegram.calls.length = 0
})

async function customer(language: 'ru' | 'uz' | 'en' = 'en') {
  const chatId = nextChat++
  const client = await makeClient(payload, { telegramId: chatId, language })
  return { client, chatId }
}

async function orderMovedThrough(
  clientId: number,
  statuses: ('accepted' | 'preparing' | 'on_the_way')[],
) {
  const order = await payload.create({
    collection: 'orders',
    data: {
      client: clientId,
      fulfillment: 'delivery',
      deliveryDate: '2026-12-01',
      items: [{ product: catalog.bread.id, quantity: 10 }],
    },
  })
  for (const status of statuses)
    await payload.update({ collection: 'orders', id: order.id, data: { status } })
  return order
}

const texts = (chatId: number) => telegram.sent(chatId).map((call) => call.params.text)

const staffChat = (adminChatId: number | null) =>
  payload.updateGlobal({ slug: 'settings', data: { adminChatId } })

/** The order's client notifications, oldest first. */
const statusRows = async (orderId: number) =>
  (
    await payload.find({
      collection: 'outbox',
      where: { 'payload.order': { equals: orderId }, topic: { equals: 'order.status_changed' } },
      sort: 'id',
      pagination: false,
    })
  ).docs

describe('outbox dispatcher', () => {
  it('tells the client every status change, in order and in their language, a second apart', async () => {
    const { client, chatId } = await customer('en')
    const order = await orderMovedThrough(client.id, ['accepted', 'preparing', 'on_the_way'])
    await createOutboxDispatcher({ payload, api }).drain()
    expect(texts(chatId)).toEqual([
      `Order #${order.number} has been received`,
      `Order #${order.number} is accepted`,
      `Order #${order.number} is being prepared`,
      `Order #${order.number} is on the way`,
    ])
    const times = telegram.sent(chatId).map((call) => call.at)
    for (let i = 1; i < times.length; i++)
      expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1000)
    expect((await statusRows(order.id)).map((row) => row.status)).toEqual([
      'sent',
      'sent',
      'sent',
      'sent',
    ])
  })

  it('waits out a 429 and a 5xx, then delivers without losing or reordering anything', async () => {
    const { client, chatId } = await customer('ru')
    telegram.failNext('sendMessage', { status: 429, retryAfter: 1 }, chatId)
    telegram.failNext('sendMessage', { status: 502 }, chatId)
    const throttles = async () => (await metrics().telegramThrottles.get()).values[0]?.value ?? 0
    const throttledBefore = await throttles()
    const order = await orderMovedThrough(client.id, ['accepted'])
    await createOutboxDispatcher({ payload, api }).drain()
    // /api/metrics shows the 429 to whoever watches.
    expect(await throttles()).toBe(throttledBefore + 1)
    expect(texts(chatId)).toEqual([
      `Заказ №${order.number} принят в обработку`,
      `Заказ №${order.number} подтверждён`,
    ])
  })

  it('hands rows back instead of holding them past half their lease, so two servers never both send one', async () => {
    const chats = await Promise.all([customer(), customer(), customer()])
    const orders = []
    for (const { client } of chats) orders.push(await orderMovedThrough(client.id, []))
    telegram.failNext('sendMessage', { status: 429, retryAfter: 2 }, chats[0].chatId)
    // A lease of 2 s: Telegram's 2 s pause would outlast half of it.
    const dispatcher = createOutboxDispatcher({ payload, api, leaseMs: 2000 })
    await dispatcher.runOnce()
    const [throttled, ...others] = await Promise.all(
      orders.map(async (order) => (await statusRows(order.id))[0]),
    )
    expect(throttled.status).toBe('pending')
    // A row may have left before the 429 came back; none waited for the pause to end.
    for (const row of others)
      expect([row.status, row.attempts]).toEqual(
        row.status === 'sent' ? ['sent', row.attempts] : ['pending', 0],
      )
    expect(others.at(-1)!.status).toBe('pending')
    await dispatcher.drain()
    for (const [i, { chatId }] of chats.entries())
      expect(texts(chatId)).toEqual([`Order #${orders[i].number} has been received`])
  })

  it('marks a client who blocked the bot and writes to them no more', async () => {
    const { client, chatId } = await customer()
    telegram.failNext('sendMessage', { status: 403 }, chatId)
    const order = await orderMovedThrough(client.id, [])
    await createOutboxDispatcher({ payload, api }).drain()
    expect(
      (await payload.findByID({ collection: 'clients', id: client.id })).telegramBlockedAt,
    ).toBeTruthy()
    await payload.update({ collection: 'orders', id: order.id, data: { status: 'accepted' } })
    await createOutboxDispatcher({ payload, api }).drain()
    expect(texts(chatId)).toEqual([])
    expect((await statusRows(order.id)).map((row) => [row.status, row.lastError])).toEqual([
      ['dead', '403: Forbidden: bot was blocked by the user'],
      ['dead', 'not sent: the client blocked the bot'],
    ])
  })

  it('parks a row as dead after its last try, visibly, and sends it when the admin retries it', async () => {
    const { client, chatId } = await customer()
    telegram.failNext('sendMessage', { status: 500 }, chatId)
    const order = await orderMovedThrough(client.id, [])
    await createOutboxDispatcher({ payload, api, maxAttempts: 1 }).drain()
    const [dead] = await statusRows(order.id)
    expect([dead.status, dead.lastError]).toEqual(['dead', '500: Internal Server Error'])
    await payload.update({ collection: 'outbox', id: dead.id, data: { status: 'pending' } })
    await createOutboxDispatcher({ payload, api, maxAttempts: 1 }).drain()
    expect(texts(chatId)).toEqual([`Order #${order.number} has been received`])
  })

  it('posts a new order to the staff chat as a card and edits that card on every move', async () => {
    const chat = 6_100_000
    await staffChat(chat)
    try {
      const { client } = await customer()
      const order = await orderMovedThrough(client.id, ['accepted', 'preparing'])
      await createOutboxDispatcher({ payload, api }).drain()
      const posted = telegram.sent(chat)
      expect(posted).toHaveLength(1)
      expect(posted[0].params.text).toContain(`Заказ №${order.number}`)
      const edits = telegram.calls.filter(
        (call) => call.method === 'editMessageText' && call.params.chat_id === chat,
      )
      expect(edits.length).toBeGreaterThanOrEqual(1)
      const card = (await payload.findByID({ collection: 'orders', id: order.id })).staffCard
      for (const edit of edits) expect(edit.params.message_id).toBe(card?.messageId)
      const last = edits.at(-1)!.params
      expect(String(last.text).split('\n')[0]).toBe(`Заказ №${order.number} · Готовится`)
      const buttons = (
        last.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }
      ).inline_keyboard.flat()
      expect(buttons.map((button) => button.callback_data)).toEqual([
        `st:v1:${order.id}:preparing:on_the_way`,
        `st:v1:${order.id}:preparing:cancelled`,
      ])
    } finally {
      await staffChat(null)
    }
  })

  it('sends each row once when two servers dispatch at the same time', async () => {
    const chats = await Promise.all(Array.from({ length: 20 }, () => customer()))
    for (const { client } of chats) await orderMovedThrough(client.id, [])
    const first = createOutboxDispatcher({ payload, api, batchSize: 7 })
    const second = createOutboxDispatcher({ payload, api, batchSize: 7 })
    await Promise.all([first.drain(), second.drain()])
    for (const { chatId } of chats) expect(texts(chatId)).toHaveLength(1)
  })
})
