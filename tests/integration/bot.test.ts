import { createBot } from '@commerce/bot/createBot'
import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { Api } from 'grammy'
import type { Update } from 'grammy/types'
import type { Payload } from 'payload'
import { BOT_INFO, type BotHarness, startBotHarness, WEBHOOK_SECRET } from '../support/botHarness'
import type { FakeTelegram } from '../support/fakeTelegram'
import {
  callbackUpdate,
  contactUpdate,
  stickerUpdate,
  textUpdate,
} from '../support/telegramUpdates'

let bot: BotHarness
let payload: Payload
let telegram: FakeTelegram
let nextUser = 9_100_000

beforeAll(async () => {
  bot = await startBotHarness()
  ;({ payload, telegram } = bot)
})
afterAll(() => bot?.close())

const post = (update: object, secret?: string | null) => bot.post(update, secret)
const converse = (chatId: number, ...updates: object[]) => bot.converse(chatId, ...updates)

describe('telegram webhook', () => {
  it('refuses a wrong or missing secret and touches nothing', async () => {
    const userId = nextUser++
    expect((await post(textUpdate(userId, '/start'), 'guess')).status).toBe(401)
    expect((await post(textUpdate(userId, '/start'), null)).status).toBe(401)
    expect(telegram.sent(userId)).toHaveLength(0)
  })

  it('answers a body that is not an update with 400', async () => {
    expect((await post({ hello: 'world' })).status).toBe(400)
  })

  it('registers a client in three steps, explaining every bad answer and losing nothing', async () => {
    const userId = nextUser++
    const [picker] = await converse(userId, textUpdate(userId, '/start'))
    expect(picker).toMatch(/Choose your language/)
    const steps = await converse(
      userId,
      callbackUpdate(userId, 'lang:v1:en'),
      stickerUpdate(userId),
      textUpdate(userId, 'x'.repeat(5000)),
      textUpdate(userId, 'Dilshod Karimov'),
      textUpdate(userId, 'Vostok Cafe'),
      textUpdate(userId, '🙂'),
      textUpdate(userId, '99999999999'),
      textUpdate(userId, 'call me'),
      contactUpdate(userId, '998901234567'),
    )
    expect(steps).toEqual([
      expect.stringMatching(/1\/3\. What is your name/),
      expect.stringMatching(/^I need a text answer here/),
      'That is too long: at most 100 characters, please.',
      expect.stringMatching(/^2\/3\. What is the name of your organisation/),
      expect.stringMatching(/^3\/3\. Your phone number/),
      expect.stringMatching(/^That does not look like an Uzbek phone number/),
      expect.stringMatching(/^That does not look like an Uzbek phone number/),
      expect.stringMatching(/^That does not look like an Uzbek phone number/),
      'Thank you, Dilshod Karimov! You are registered and can order now.',
    ])
    const { docs } = await payload.find({
      collection: 'clients',
      where: { telegramId: { equals: userId } },
    })
    expect(
      docs.map(({ name, contactName, phone, language, status, telegramUsername }) => ({
        name,
        contactName,
        phone,
        language,
        status,
        telegramUsername,
      })),
    ).toEqual([
      {
        name: 'Vostok Cafe',
        contactName: 'Dilshod Karimov',
        phone: '+998901234567',
        language: 'en',
        status: 'active',
        telegramUsername: `user${userId}`,
      },
    ])
    const [welcome] = await converse(userId, textUpdate(userId, '/start'))
    expect(welcome).toBe('Welcome back, Dilshod Karimov!')
  })

  it('resumes a registration after a restart, from the state kept in PostgreSQL', async () => {
    const userId = nextUser++
    await converse(
      userId,
      textUpdate(userId, '/start'),
      callbackUpdate(userId, 'lang:v1:ru'),
      textUpdate(userId, 'Malika'),
    )
    // A new server process: a new bot, nothing shared in memory with the one above.
    const restarted = createBot({
      token: '123:TEST',
      payload,
      apiRoot: telegram.apiRoot,
      botInfo: BOT_INFO,
    })
    await restarted.handleUpdate(textUpdate(userId, 'Navruz') as unknown as Update)
    await restarted.handleUpdate(textUpdate(userId, '+998 93 555 01 02') as unknown as Update)
    expect(telegram.sent(userId).at(-1)?.params.text).toBe(
      'Спасибо, Malika! Вы зарегистрированы и можете делать заказы.',
    )
    const { docs } = await payload.find({
      collection: 'clients',
      where: { telegramId: { equals: userId } },
    })
    expect(docs.map((client) => [client.name, client.phone])).toEqual([['Navruz', '+998935550102']])
  })

  it('leaves any flow on /cancel', async () => {
    const userId = nextUser++
    const replies = await converse(
      userId,
      textUpdate(userId, '/start'),
      callbackUpdate(userId, 'lang:v1:uz'),
      textUpdate(userId, '/cancel'),
      textUpdate(userId, 'hello'),
    )
    expect(replies.slice(2)).toEqual([
      expect.stringMatching(/^Отменено|^Bekor qilindi/),
      expect.stringMatching(/\/start/),
    ])
    expect(
      (await payload.count({ collection: 'clients', where: { telegramId: { equals: userId } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('holds new clients for approval when settings say so, and tells the staff', async () => {
    const dispatcher = createOutboxDispatcher({
      payload,
      api: new Api('123:TEST', { apiRoot: telegram.apiRoot }),
    })
    // Order cards other tests left are settled first, while there is no staff chat to send them to.
    await payload.updateGlobal({ slug: 'settings', data: { adminChatId: null } })
    await dispatcher.drain()
    await payload.updateGlobal({
      slug: 'settings',
      data: { newClientStatus: 'pending', adminChatId: -100777 },
    })
    try {
      const userId = nextUser++
      const replies = await converse(
        userId,
        textUpdate(userId, '/start'),
        callbackUpdate(userId, 'lang:v1:en'),
        textUpdate(userId, 'Anna'),
        textUpdate(userId, 'Coffee Lab'),
        contactUpdate(userId, '+998998887766'),
      )
      expect(replies.at(-1)).toMatch(/will confirm your registration/)
      await dispatcher.drain()
      expect(telegram.sent(-100777).map((call) => call.params.text)).toContain(
        'Новый клиент ждёт подтверждения: Coffee Lab (Anna, +998998887766).',
      )
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { newClientStatus: 'active' } })
    }
  })

  it('answers 200 when a handler fails, and updates it does not handle', async () => {
    const userId = nextUser++
    telegram.failNext('sendMessage', { status: 500 }, userId)
    expect((await post(textUpdate(userId, '/start'))).status).toBe(200)
    expect(
      (
        await post({
          update_id: 987654,
          poll: {
            id: '1',
            question: 'q',
            options: [],
            total_voter_count: 0,
            is_closed: false,
            is_anonymous: true,
            type: 'regular',
            allows_multiple_answers: false,
          },
        })
      ).status,
    ).toBe(200)
    const answers = telegram.calls.length
    expect((await post(callbackUpdate(userId, 'order:v9:tampered'))).status).toBe(200)
    expect(telegram.calls.slice(answers).map((call) => call.method)).toEqual([
      'answerCallbackQuery',
    ])
  })

  it('answers a button press in the webhook’s response, not with a call of its own', async () => {
    const userId = nextUser++
    await converse(userId, textUpdate(userId, '/start'))
    const calls = telegram.calls.length
    const response = await fetch(`${bot.apiUrl}/telegram/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': WEBHOOK_SECRET,
      },
      body: JSON.stringify(callbackUpdate(userId, 'lang:v1:en')),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      method: 'answerCallbackQuery',
      callback_query_id: expect.any(String),
    })
    // The language step's next question still goes out as a call.
    expect(telegram.calls.slice(calls).map((call) => call.method)).toEqual(['sendMessage'])
  })

  it('writes again to a client who blocked the bot once they come back, not when they block it', async () => {
    const userId = nextUser++
    const client = await payload.create({
      collection: 'clients',
      data: { name: 'Qaytgan', contactName: 'Aziz', telegramId: userId, language: 'en' },
    })
    const blockedAt = async () =>
      (await payload.findByID({ collection: 'clients', id: client.id })).telegramBlockedAt
    await payload.update({
      collection: 'clients',
      id: client.id,
      data: { telegramBlockedAt: '2026-11-20T10:00:00.000Z' },
    })
    const member = (status: 'kicked' | 'member') => ({
      update_id: 900_000 + userId + (status === 'member' ? 1 : 0),
      my_chat_member: {
        chat: { id: userId, type: 'private', first_name: 'Aziz' },
        from: { id: userId, is_bot: false, first_name: 'Aziz' },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: {
          status: status === 'kicked' ? 'member' : 'kicked',
          user: { id: 1000, is_bot: true, first_name: 'Tandir' },
        },
        new_chat_member: {
          status,
          user: { id: 1000, is_bot: true, first_name: 'Tandir' },
          ...(status === 'kicked' ? { until_date: 0 } : {}),
        },
      },
    })
    expect((await post(member('kicked'))).status).toBe(200)
    expect(await blockedAt()).toBeTruthy()
    expect((await post(member('member'))).status).toBe(200)
    expect(await blockedAt()).toBeFalsy()

    await payload.update({
      collection: 'clients',
      id: client.id,
      data: { telegramBlockedAt: '2026-11-20T10:00:00.000Z' },
    })
    await converse(userId, textUpdate(userId, '/orders'))
    expect(await blockedAt()).toBeFalsy()
  })

  it('lets a registered client change their language', async () => {
    const userId = nextUser++
    await payload.create({
      collection: 'clients',
      data: { name: 'Chorsu', contactName: 'Rustam', telegramId: userId, language: 'ru' },
    })
    const replies = await converse(
      userId,
      textUpdate(userId, '/language'),
      callbackUpdate(userId, 'lang:v1:uz'),
    )
    expect(replies.at(-1)).toBe("Til: o'zbekcha")
    expect(
      (await payload.find({ collection: 'clients', where: { telegramId: { equals: userId } } }))
        .docs[0].language,
    ).toBe('uz')
  })
})
