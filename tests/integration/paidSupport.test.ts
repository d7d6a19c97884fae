import { SYSTEM_ENTRY } from '@commerce/features/credits/ledger/applyEntry'
import { checkLedger } from '@commerce/features/credits/wallet/ledgerCheck'
import { recordEndedPasses, warnEndingPasses } from '@commerce/features/credits/wallet/passWarnings'
import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Setting } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { Api } from 'grammy'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeClient, makeUser } from '../support/fixtures'
import { forgetSendBudget } from '../support/sendBudget'
import { photoUpdate, textUpdate } from '../support/telegramUpdates'

// This file's own Telegram ids (74 000 000 up) and chats.
const GROUP = -100_740_000
const STAFF_CHAT = -100_740_001
const MANAGER = 74_000_001
const ACCOUNTANT = 74_000_002
const STRANGER = 74_000_003
let nextChat = 74_000_100
let bot: BotHarness
let before: Partial<Setting>

const PAID = {
  paidSupport: true,
  costText: 1,
  costPhoto: 2,
  costVoice: 3,
  costOther: 2,
  lowBalanceThreshold: 5,
}

beforeAll(async () => {
  bot = await startBotHarness()
  const settings = await bot.payload.findGlobal({ slug: 'settings' })
  before = {
    supportGroupId: settings.supportGroupId,
    adminChatId: settings.adminChatId,
    staffLanguage: settings.staffLanguage,
    paidSupport: settings.paidSupport,
    costText: settings.costText,
    costPhoto: settings.costPhoto,
    costVoice: settings.costVoice,
    costOther: settings.costOther,
    lowBalanceThreshold: settings.lowBalanceThreshold,
  }
  // Rows other files left are settled before this file's group and staff chat exist.
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { adminChatId: null, supportGroupId: null },
  })
  await drain()
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { supportGroupId: GROUP, adminChatId: STAFF_CHAT, staffLanguage: 'en', ...PAID },
  })
  for (const [role, telegramId] of [
    ['manager', MANAGER],
    ['accountant', ACCOUNTANT],
  ] as const) {
    const user = await makeUser(bot.payload, role)
    await bot.payload.update({ collection: 'users', id: user.id, data: { telegramId } })
  }
})
beforeEach(() => forgetSendBudget(bot.payload))
afterAll(async () => {
  await bot?.payload.updateGlobal({ slug: 'settings', data: before })
  await bot?.close()
})

const drain = () =>
  createOutboxDispatcher({
    payload: bot.payload,
    api: new Api('123:TEST', { apiRoot: bot.telegram.apiRoot }),
  }).drain(60_000)
const db = () => sqlDatabase(bot.payload)

/** A client writing in English, holding `credits` (granted by the system, told on the next drain). */
async function client(credits = 0) {
  const chatId = nextChat++
  const record = await makeClient(bot.payload, { telegramId: chatId, language: 'en' })
  if (credits)
    await bot.payload.create({
      collection: 'ledger-entries',
      data: { client: record.id, kind: 'purchase', amount: credits, key: `test:${chatId}` },
      context: { [SYSTEM_ENTRY]: true },
    })
  else
    await db().execute(
      sql`insert into wallets (client_id, balance, auto_recharge_failures, updated_at, created_at) values (${record.id}, 0, 0, now(), now())`,
    )
  return { chatId, record }
}

async function wallet(clientId: number) {
  const { rows } = await db().execute<{ balance: number; sum: number }>(sql`
    select w.balance::float8 as balance,
           (select coalesce(sum(amount), 0)::float8 from ledger_entries e where e.client_id = w.client_id) as sum
      from wallets w where w.client_id = ${clientId}`)
  return rows[0]
}

async function entries(clientId: number) {
  const { docs } = await bot.payload.find({
    collection: 'ledger-entries',
    where: { client: { equals: clientId } },
    sort: 'createdAt',
    pagination: false,
  })
  return docs.map((entry) => ({ kind: entry.kind, amount: entry.amount, key: entry.key }))
}

const setPass = (clientId: number, until: Date) =>
  db().execute(
    sql`update wallets set pass_until = ${until.toISOString()}::timestamptz where client_id = ${clientId}`,
  )

/** Copies of the client's messages that reached the support group. */
const copiesFrom = (chatId: number) =>
  bot.telegram.calls.filter(
    (call) =>
      ['copyMessage', 'copyMessages'].includes(call.method) &&
      call.params.from_chat_id === chatId &&
      !call.failedWith,
  )

const storedMessages = async (clientId: number) => {
  const { rows } = await db().execute<{ n: number }>(sql`
    select count(*)::int as n from support_messages m join conversations v on v.id = m.conversation_id
     where v.client_id = ${clientId}`)
  return rows[0].n
}

const HOUR = 3_600_000

describe('a paid support desk', () => {
  it('charges a message its price and forwards it, and the topic card shows the balance', async () => {
    const { chatId, record } = await client(10)
    const update = textUpdate(chatId, 'is the samsa fresh today?')
    expect(await bot.converse(chatId, update)).toEqual([
      'Your message went to the bakery; they will answer here.',
    ])
    await drain()
    expect(copiesFrom(chatId)).toHaveLength(1)
    expect(await wallet(record.id)).toEqual({ balance: 9, sum: 9 })
    expect((await entries(record.id)).at(-1)).toEqual({
      kind: 'spend',
      amount: -1,
      key: `support:${chatId}:${update.message.message_id}`,
    })
    const card = bot.telegram
      .sent(GROUP)
      .find((call) => String(call.params.text).startsWith(`${record.name} (#${record.id})`))
    expect(String(card?.params.text)).toContain('💳 Credits: 9')
  })

  it('with too few credits forwards nothing, stores nothing, charges nothing and says what to do', async () => {
    const { chatId, record } = await client(1)
    expect(await bot.converse(chatId, photoUpdate(chatId))).toEqual([
      'Not sent: this message costs 2 credits and you have 1. Buy credits with /buy, or unlimited messages for a while with /pass.',
    ])
    await drain()
    expect(copiesFrom(chatId)).toHaveLength(0)
    expect(await storedMessages(record.id)).toBe(0)
    expect(await wallet(record.id)).toEqual({ balance: 1, sum: 1 })
    expect((await entries(record.id)).map((entry) => entry.kind)).toEqual(['purchase'])
  })

  it('tells a client whose pass ended that it did', async () => {
    const { chatId, record } = await client(0)
    await setPass(record.id, new Date(Date.now() - HOUR))
    expect(await bot.converse(chatId, textUpdate(chatId, 'hello?'))).toEqual([
      'Your pass has ended, so this message was not sent: it costs 1 credits and you have 0. Buy credits with /buy, or a new pass with /pass.',
    ])
  })

  it('is free under a pass', async () => {
    const { chatId, record } = await client(0)
    await setPass(record.id, new Date(Date.now() + 2 * HOUR))
    await bot.converse(chatId, textUpdate(chatId, 'one'), photoUpdate(chatId))
    await drain()
    expect(copiesFrom(chatId)).toHaveLength(2)
    expect(await wallet(record.id)).toEqual({ balance: 0, sum: 0 })
    expect(await entries(record.id)).toEqual([])
  })

  it('forwards one of two messages sent at the same moment with credits for one, and refuses the other', async () => {
    const { chatId, record } = await client(1)
    const before = bot.telegram.sent(chatId).length
    const statuses = await Promise.all([
      bot.post(textUpdate(chatId, 'first?')).then((r) => r.status),
      bot.post(textUpdate(chatId, 'second?')).then((r) => r.status),
    ])
    expect(statuses).toEqual([200, 200])
    const replies = bot.telegram
      .sent(chatId)
      .slice(before)
      .map((call) => String(call.params.text))
    expect(replies.sort()).toEqual([
      'Not sent: this message costs 1 credits and you have 0. Buy credits with /buy, or unlimited messages for a while with /pass.',
      'Your message went to the bakery; they will answer here.',
    ])
    await drain()
    expect(copiesFrom(chatId)).toHaveLength(1)
    expect(await storedMessages(record.id)).toBe(1)
    expect(await wallet(record.id)).toEqual({ balance: 0, sum: 0 })
  })

  it('charges an update Telegram delivers again once', async () => {
    const { chatId, record } = await client(5)
    const update = textUpdate(chatId, 'where is my order?')
    await Promise.all([bot.post(update), bot.post(update)])
    await bot.post(update)
    await drain()
    expect(copiesFrom(chatId)).toHaveLength(1)
    expect(await wallet(record.id)).toEqual({ balance: 4, sum: 4 })
    expect((await entries(record.id)).filter((entry) => entry.kind === 'spend')).toHaveLength(1)
  })

  it('gives the charge back when the copy could never be delivered to the staff', async () => {
    const { chatId, record } = await client(5)
    bot.telegram.failNext(
      'copyMessage',
      { status: 400, description: 'Bad Request: message to copy not found' },
      GROUP,
    )
    const update = photoUpdate(chatId)
    await bot.converse(chatId, update)
    await drain()
    expect(copiesFrom(chatId)).toHaveLength(0)
    const key = `support:${chatId}:${update.message.message_id}`
    expect((await entries(record.id)).slice(1)).toEqual([
      { kind: 'spend', amount: -2, key },
      { kind: 'refund', amount: 2, key: `undelivered:${key}` },
    ])
    expect(await wallet(record.id)).toEqual({ balance: 5, sum: 5 })
  })

  it('warns once when the balance falls below the threshold, not on every message after', async () => {
    const { chatId, record } = await client(7)
    await drain()
    const before = bot.telegram.sent(chatId).length
    for (const text of ['a', 'b', 'c', 'd']) await bot.post(textUpdate(chatId, text))
    await drain()
    expect(await wallet(record.id)).toEqual({ balance: 3, sum: 3 })
    const warnings = bot.telegram
      .sent(chatId)
      .slice(before)
      .map((call) => String(call.params.text))
      .filter((text) => text.startsWith('⚠️'))
    expect(warnings).toEqual([
      '⚠️ Your credits are running low: 4 left. Top up with /buy; with /autorecharge a package is bought by itself when they run low.',
    ])
  })
})

describe('a free support desk', () => {
  it('forwards a message of a client holding nothing, and charges nothing', async () => {
    const { chatId, record } = await client(0)
    await bot.payload.updateGlobal({ slug: 'settings', data: { paidSupport: false } })
    try {
      expect(await bot.converse(chatId, textUpdate(chatId, 'free?'))).toEqual([
        'Your message went to the bakery; they will answer here.',
      ])
    } finally {
      await bot.payload.updateGlobal({ slug: 'settings', data: { paidSupport: true } })
    }
    await drain()
    expect(copiesFrom(chatId)).toHaveLength(1)
    expect(await entries(record.id)).toEqual([])
  })
})

describe('passes ending', () => {
  it('warns the holder once within the hour before the end, and records the end once', async () => {
    const { chatId, record } = await client(0)
    await setPass(record.id, new Date(Date.now() + 30 * 60_000))
    expect(await warnEndingPasses(bot.payload)).toBeGreaterThanOrEqual(1)
    await warnEndingPasses(bot.payload)
    await drain()
    const warnings = bot.telegram
      .sent(chatId)
      .map((call) => String(call.params.text))
      .filter((text) => text.startsWith('⏳'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^⏳ Your pass ends at \d{4}-\d\d-\d\d \d\d:\d\d, in under an hour\. After that each message to support costs credits/,
    )
    await setPass(record.id, new Date(Date.now() - 60_000))
    await recordEndedPasses(bot.payload)
    await recordEndedPasses(bot.payload)
    expect((await entries(record.id)).map(({ kind, amount }) => ({ kind, amount }))).toEqual([
      { kind: 'expiry', amount: 0 },
    ])
    // A new pass that ends again is warned and recorded again.
    await setPass(record.id, new Date(Date.now() + 10 * 60_000))
    await warnEndingPasses(bot.payload)
    await drain()
    expect(
      bot.telegram.sent(chatId).filter((call) => String(call.params.text).startsWith('⏳')),
    ).toHaveLength(2)
  })
})

describe('/balance', () => {
  it('shows the credits as a bar, the pass with its hours left, the prices and how to buy', async () => {
    const { chatId, record } = await client(12)
    await setPass(record.id, new Date(Date.now() + 5 * HOUR - 60_000))
    const [text] = await bot.converse(chatId, textUpdate(chatId, '/balance'))
    const lines = text.split('\n')
    expect(lines[0]).toBe('💳 Your credits: 12')
    expect(lines[1]).toMatch(/^[▰▱]{10}$/)
    expect(lines[2]).toMatch(
      /^🎟 Pass: 5 h left, until \d{4}-\d\d-\d\d \d\d:\d\d: messages to support are free meanwhile\.$/,
    )
    expect(lines.slice(3)).toEqual([
      'A message to support costs: text 1, photo 2, voice 3, anything else 2 credits.',
      '',
      'Buy credits with /buy (or at once: /buy10, /buy50…), unlimited messages for a while with /pass.',
    ])
  })

  it('asks someone not registered to register first, in their language', async () => {
    expect(
      await bot.converse(74_000_099, textUpdate(74_000_099, '/balance', { languageCode: 'uz' })),
    ).toEqual(["Avval ro'yxatdan o'ting: /start ni bosing."])
  })
})

describe('/credits in a client topic', () => {
  async function topicOf(credits: number) {
    const found = await client(credits)
    await bot.converse(found.chatId, textUpdate(found.chatId, 'hello'))
    await drain()
    const { docs } = await bot.payload.find({
      collection: 'conversations',
      where: { client: { equals: found.record.id } },
    })
    return { ...found, threadId: docs[0].topicId! }
  }
  const inTopic = (threadId: number) => ({ chatId: GROUP, threadId, languageCode: 'en' })
  const say = async (from: number, text: string, threadId?: number) => {
    const before = bot.telegram.sent(GROUP).length
    await bot.post(
      textUpdate(from, text, threadId ? inTopic(threadId) : { chatId: GROUP, languageCode: 'en' }),
    )
    return bot.telegram
      .sent(GROUP)
      .slice(before)
      .map((call) => [String(call.params.text), call.params.message_thread_id])
  }

  it('lets a manager grant (the client is told) and take, never below zero', async () => {
    const { chatId, record, threadId } = await topicOf(3)
    expect(await say(MANAGER, '/credits +20 sorry for the wait', threadId)).toEqual([
      [`✅ ${record.name}: +20 credits, balance 22. The client is told.`, threadId],
    ])
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      '🎁 The bakery gave you 20 credits (sorry for the wait). Your balance: 22.',
    )
    expect(await say(MANAGER, '/credits -2 charged twice', threadId)).toEqual([
      [`✅ ${record.name}: -2 credits, balance 20.`, threadId],
    ])
    expect(await say(MANAGER, '/credits -500 a mistake', threadId)).toEqual([
      ['A balance cannot go below zero: it holds 20', threadId],
    ])
    expect(await wallet(record.id)).toEqual({ balance: 20, sum: 20 })
    const staffEntries = await bot.payload.find({
      collection: 'ledger-entries',
      where: { client: { equals: record.id }, source: { equals: 'staff' } },
      sort: 'createdAt',
    })
    expect(staffEntries.docs.map((entry) => [entry.kind, entry.amount, entry.reason])).toEqual([
      ['grant', 20, 'sorry for the wait'],
      ['take', -2, 'charged twice'],
    ])
  })

  it('asks for a reason and for a topic', async () => {
    const { threadId } = await topicOf(1)
    expect(await say(MANAGER, '/credits +20', threadId)).toEqual([
      ['Give a reason after the number: /credits +20 sorry for the wait.', threadId],
    ])
    expect(await say(MANAGER, '/credits twenty please', threadId)).toEqual([
      [
        "Write it in a client's support topic: /credits +20 reason gives, /credits -5 reason takes.",
        threadId,
      ],
    ])
    expect(await say(MANAGER, '/credits +20 outside any topic')).toEqual([
      [
        "Write it in a client's support topic: /credits +20 reason gives, /credits -5 reason takes.",
        undefined,
      ],
    ])
  })

  it('refuses an accountant and a stranger, and changes nothing', async () => {
    const { record, threadId } = await topicOf(3)
    for (const who of [ACCOUNTANT, STRANGER])
      expect(await say(who, '/credits +20 a gift', threadId)).toEqual([
        ['Only admins and managers may grant or take credits.', threadId],
      ])
    expect(await wallet(record.id)).toEqual({ balance: 2, sum: 2 })
  })
})

describe('the nightly ledger check', () => {
  it('finds a wallet that disagrees with its entries and names it in the staff chat', async () => {
    const { record } = await client(6)
    await db().execute(sql`update wallets set balance = balance + 3 where client_id = ${record.id}`)
    try {
      const { disagreeing } = await checkLedger(bot.payload)
      expect(disagreeing).toContainEqual({
        client: record.id,
        name: record.name,
        balance: 9,
        sum: 6,
      })
      await drain()
      const alert = bot.telegram
        .sent(STAFF_CHAT)
        .map((call) => String(call.params.text))
        .find((text) => text.includes(`(#${record.id}): balance 9`))
      expect(alert).toMatch(
        /^⚠️ Ledger check: \d+ wallet\(s\) disagree with the sum of their entries:/,
      )
      expect(alert).toContain(`${record.name} (#${record.id}): balance 9, entries add up to 6`)
    } finally {
      await db().execute(
        sql`update wallets set balance = balance - 3 where client_id = ${record.id}`,
      )
    }
    const { disagreeing } = await checkLedger(bot.payload)
    expect(disagreeing.map((row) => row.client)).not.toContain(record.id)
  })
})
