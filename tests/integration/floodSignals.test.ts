import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { CreditPackage, Setting } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { Api } from 'grammy'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient, makeUser } from '../support/fixtures'
import { forgetSendBudget } from '../support/sendBudget'
import { callbackUpdate, contactUpdate, textUpdate } from '../support/telegramUpdates'

// This file's Telegram users and chats (86_000_000 is flood and signals' range).
let nextChat = 86_000_100
const STAFF_CHAT = -86_000_001
const GROUP = -86_000_002
const MANAGER = 86_000_003
const CREDITS = 8601

const SLOW =
  'You are writing very fast: please slow down a little. Messages sent too quickly are not passed on; orders and payments always go through.'
const MUTED =
  'Too many messages in a short time: your messages will not be passed on for 10 min. Orders and payments still go through.'

let bot: BotHarness
let before: Setting
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let credits: CreditPackage

beforeAll(async () => {
  bot = await startBotHarness()
  before = await bot.payload.findGlobal({ slug: 'settings' })
  catalog = await makeCatalog(bot.payload)
  // Rows other files left are settled before this file's chats exist.
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { adminChatId: null, supportGroupId: null },
  })
  await drain()
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { adminChatId: STAFF_CHAT, staffLanguage: 'en', newClientStatus: 'active' },
  })
  credits = await bot.payload.create({
    collection: 'credit-packages',
    data: { name: 'Flood test', credits: CREDITS, bonus: 0, priceStars: 40 },
  })
  const manager = await makeUser(bot.payload, 'manager')
  await bot.payload.update({ collection: 'users', id: manager.id, data: { telegramId: MANAGER } })
})
beforeEach(() => forgetSendBudget(bot.payload))
afterAll(async () => {
  await bot?.payload.delete({ collection: 'credit-packages', id: credits.id }).catch(() => {})
  await bot?.payload.updateGlobal({
    slug: 'settings',
    data: {
      adminChatId: before.adminChatId ?? null,
      supportGroupId: before.supportGroupId ?? null,
      staffLanguage: before.staffLanguage,
      newClientStatus: before.newClientStatus,
    },
  })
  await bot?.close()
})

const drain = () =>
  createOutboxDispatcher({
    payload: bot.payload,
    api: new Api('123:TEST', { apiRoot: bot.telegram.apiRoot }),
  }).drain(60_000)
const callsTo = (method: string, chatId: number) =>
  bot.telegram.calls.filter(
    (call) => call.method === method && Number(call.params.chat_id) === chatId && !call.failedWith,
  )
const staffMutes = () =>
  callsTo('sendMessage', STAFF_CHAT).filter((call) => String(call.params.text).startsWith('🔇'))

async function client() {
  const chatId = nextChat++
  const record = await makeClient(bot.payload, {
    telegramId: chatId,
    language: 'en',
    deliveryAddress: 'Amir Temur 107',
  })
  return { chatId, record }
}

/** `count` text messages from the chat, one after another as fast as the webhook takes them. */
const flood = (chatId: number, count: number) =>
  bot.converse(
    chatId,
    ...Array.from({ length: count }, (_, i) =>
      textUpdate(chatId, `spam ${i}`, { languageCode: 'en' }),
    ),
  )

/** Floods the chat until it is muted (21 messages with the default settings). */
async function muted(chatId: number) {
  const replies = await flood(chatId, 21)
  expect(replies.at(-1)).toBe(MUTED)
}

const press = (chatId: number, pattern: RegExp) => {
  const data = bot.buttons(chatId).find((candidate) => pattern.test(candidate))
  expect(data).toBeDefined()
  return callbackUpdate(chatId, data!)
}

describe('flood protection', () => {
  it('slows a flooding client down once, then mutes them, telling staff once per mute', async () => {
    const { chatId, record } = await client()
    const replies = await flood(chatId, 25)
    // Eight answered (the help: there is no support group), the ninth told to slow down, the
    // twenty-first muted; the rest get nothing.
    expect(replies).toHaveLength(10)
    expect(replies.slice(8)).toEqual([SLOW, MUTED])
    await drain()
    expect(staffMutes().map((call) => call.params.text)).toEqual([
      `🔇 Client ${record.name} (#${record.id}) sent 21 messages in 10 s and is muted for 10 min (orders and payments still pass).`,
    ])
    // Still muted: nothing answered, staff not told again.
    expect(await flood(chatId, 5)).toEqual([])
    await drain()
    expect(staffMutes()).toHaveLength(1)
  })

  it('answers the mute in the client’s language, and an unregistered sender too', async () => {
    const { chatId } = await client()
    await bot.payload.update({
      collection: 'clients',
      where: { telegramId: { equals: chatId } },
      data: { language: 'uz' },
    })
    const replies = await flood(chatId, 21)
    expect(replies.at(-1)).toBe(
      "Qisqa vaqtda juda ko'p xabar: xabarlaringiz 10 daqiqa uzatilmaydi. Buyurtmalar va to'lovlar o'tishda davom etadi.",
    )
    const stranger = nextChat++
    const ru = await bot.converse(
      stranger,
      ...Array.from({ length: 21 }, (_, i) => textUpdate(stranger, `привет ${i}`)),
    )
    expect(ru.at(-1)).toBe(
      'Слишком много сообщений за короткое время: ваши сообщения не будут передаваться 10 мин. Заказы и оплаты по-прежнему проходят.',
    )
    await drain()
    expect(
      staffMutes().some((call) =>
        String(call.params.text).includes(`@user${stranger} (${stranger})`),
      ),
    ).toBe(true)
  })

  it('places an order from a muted client, step by step', async () => {
    const { chatId, record } = await client()
    await muted(chatId)
    await bot.converse(chatId, textUpdate(chatId, '/order', { languageCode: 'en' }))
    await bot.converse(chatId, press(chatId, new RegExp(`^o-cat:v1:${catalog.category.id}$`)))
    const quantity = await bot.converse(
      chatId,
      press(chatId, new RegExp(`^o-prod:v1:${catalog.bread.id}$`)),
      textUpdate(chatId, '12', { languageCode: 'en' }),
    )
    expect(quantity.at(-1)).toBe('Added: White bread × 12.\nAdd another product or finish?')
    await bot.converse(chatId, press(chatId, /^o-done:v1$/))
    await bot.converse(chatId, textUpdate(chatId, 'Back door', { languageCode: 'en' }))
    await bot.converse(chatId, press(chatId, /^o-way:v1:pickup$/))
    const [day] = bot.buttons(chatId)
    await bot.converse(chatId, press(chatId, new RegExp(`^${day}$`)))
    if (bot.buttons(chatId).some((data) => /^o-profile/.test(data)))
      await bot.converse(chatId, press(chatId, /^o-profile:v1$/))
    const [placed] = await bot.converse(chatId, press(chatId, /^o-confirm:v1:/))
    const { docs } = await bot.payload.find({
      collection: 'orders',
      where: { client: { equals: record.id } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ comment: 'Back door', fulfillment: 'pickup', status: 'new' })
    expect(placed).toBe(`Order #${docs[0].number} is placed. I will tell you about every change.`)
    // Still muted for what is not an order.
    expect(await flood(chatId, 1)).toEqual([])
  })

  it('still slows and mutes a client who started an order and then floods instead of answering it', async () => {
    const { chatId } = await client()
    await bot.converse(chatId, textUpdate(chatId, '/order', { languageCode: 'en' }))
    // The draft waits for a button, not for typed text: the flood counts.
    const replies = await flood(chatId, 21)
    expect(replies).toContain(SLOW)
    expect(replies.at(-1)).toBe(MUTED)
  })

  it('takes a payment from a muted client: the invoice, the pre-checkout and the payment', async () => {
    const { chatId, record } = await client()
    await muted(chatId)
    await bot.converse(chatId, textUpdate(chatId, `/buy${CREDITS}`, { languageCode: 'en' }))
    const invoice = callsTo('sendInvoice', chatId).at(-1)?.params as {
      payload: string
      prices: { amount: number }[]
    }
    expect(invoice).toBeDefined()
    const paid = await bot.payStars(chatId, {
      payload: invoice.payload,
      total: invoice.prices[0].amount,
    })
    expect(paid.answer?.ok).toBe(true)
    const { rows } = await sqlDatabase(bot.payload).execute<{ balance: number }>(sql`
      select balance::float8 as balance from wallets where client_id = ${record.id}`)
    expect(rows[0]?.balance).toBe(CREDITS)
  })

  it('passes a shared contact from a muted sender', async () => {
    const { chatId } = await client()
    await muted(chatId)
    const before = bot.telegram.calls.length
    await bot.post(contactUpdate(chatId, '+998901112233'))
    // The contact reached the bot's handlers (which answer it), not the flood's silence.
    expect(
      bot.telegram.calls.slice(before).some((call) => Number(call.params.chat_id) === chatId),
    ).toBe(true)
  })
})

describe('typing and read signals', () => {
  let threadOf: (chatId: number) => Promise<{ threadId: number; conversation: number }>
  beforeAll(async () => {
    await bot.payload.updateGlobal({ slug: 'settings', data: { supportGroupId: GROUP } })
    threadOf = async (chatId) => {
      const { rows } = await sqlDatabase(bot.payload).execute<{ topic: number; id: number }>(sql`
        select v.topic_id::float8 as topic, v.id from conversations v join clients c on c.id = v.client_id
         where c.telegram_id = ${chatId}`)
      return { threadId: rows[0].topic, conversation: rows[0].id }
    }
  })
  afterAll(() => bot.payload.updateGlobal({ slug: 'settings', data: { supportGroupId: null } }))
  const inTopic = (threadId: number) => ({ chatId: GROUP, threadId, languageCode: 'en' })

  async function asked() {
    const { chatId } = await client()
    const question = textUpdate(chatId, 'Is the samsa fresh today?', { languageCode: 'en' })
    await bot.converse(chatId, question)
    await drain()
    return { chatId, question, ...(await threadOf(chatId)) }
  }

  it('shows the client "typing…" before staff’s answer and marks their message read with 👀', async () => {
    const { chatId, question, threadId } = await asked()
    const from = bot.telegram.calls.length
    await bot.post(textUpdate(MANAGER, 'Yes, baked at six', inTopic(threadId)))
    await drain()
    const toClient = bot.telegram.calls
      .slice(from)
      .filter((call) => Number(call.params.chat_id) === chatId && !call.failedWith)
    // "typing…" before the answer; the read mark in any order.
    expect(
      toClient.map((call) => call.method).filter((method) => method !== 'setMessageReaction'),
    ).toEqual(['sendChatAction', 'copyMessage'])
    expect(toClient.find((call) => call.method === 'sendChatAction')?.params.action).toBe('typing')
    expect(toClient.find((call) => call.method === 'setMessageReaction')?.params).toMatchObject({
      message_id: question.message.message_id,
      reaction: [{ type: 'emoji', emoji: '👀' }],
    })
    // A second answer: "typing…" again, the message already marked.
    const again = bot.telegram.calls.length
    await bot.post(textUpdate(MANAGER, 'And the bread at five', inTopic(threadId)))
    await drain()
    expect(
      bot.telegram.calls
        .slice(again)
        .filter((call) => Number(call.params.chat_id) === chatId)
        .map((call) => call.method),
    ).toEqual(['sendChatAction', 'copyMessage'])
  })

  it('shows "typing…" and the read mark when staff look the client up from the card', async () => {
    const { chatId, conversation, threadId } = await asked()
    const from = bot.telegram.calls.length
    await bot.post(callbackUpdate(MANAGER, `sup:v1:${conversation}:orders`, inTopic(threadId)))
    await drain()
    expect(
      bot.telegram.calls
        .slice(from)
        .filter((call) => Number(call.params.chat_id) === chatId)
        .map((call) => call.method)
        .sort(),
    ).toEqual(['sendChatAction', 'setMessageReaction'])
  })

  it('drops the signals rather than queue them when the send budget has no slot to spare', async () => {
    const { chatId, threadId } = await asked()
    // The bot's next free slot two seconds away: messages are waiting.
    await sqlDatabase(bot.payload).execute(sql`
      insert into send_budget (key, next_at) values ('all', clock_timestamp() + interval '2 seconds')
      on conflict (key) do update set next_at = excluded.next_at`)
    const from = bot.telegram.calls.length
    await bot.post(textUpdate(MANAGER, 'One moment', inTopic(threadId)))
    await drain()
    expect(
      bot.telegram.calls
        .slice(from)
        .filter((call) => Number(call.params.chat_id) === chatId)
        .map((call) => call.method),
    ).toEqual(['copyMessage'])
    const { rows } = await sqlDatabase(bot.payload).execute<{ n: number }>(sql`
      select count(*)::int as n from outbox where topic in ('support.typing', 'support.read') and status <> 'sent'`)
    expect(rows[0].n).toBe(0)
  })
})
