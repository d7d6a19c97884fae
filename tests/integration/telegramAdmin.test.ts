import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Client, Conversation, User } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { Forbidden } from 'payload'
import { type DeskAction, deskAllows } from '@/domain/deskRoles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { BOT_INFO, type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient, makeUser } from '../support/fixtures'
import { unique } from '../support/payload'
import { forgetSendBudget } from '../support/sendBudget'
import { callbackUpdate, textUpdate } from '../support/telegramUpdates'

// Telegram ids 85_000_000 on, delivery dates in 2038-11: this file's share of the database.
const GROUP = -1_008_500_000_001
const TOPIC = 8501
const ADMIN = 85_000_001
const MANAGER = 85_000_002
const ACCOUNTANT = 85_000_003
const COLLEAGUE = 85_000_004
const CUSTOMER = 85_000_010
const STRANGER = 85_000_099
/** The fake updates give each person the username `user<id>`. */
const usernameOf = (id: number) => `user${id}`

let bot: BotHarness
let client: Client
let twins: Client[]
let conversation: Conversation
let manager: User
let accountant: User
let admin: User
let colleague: User

beforeAll(async () => {
  bot = await startBotHarness()
  const { payload } = bot
  const catalog = await makeCatalog(payload)
  await payload.updateGlobal({ slug: 'settings', data: { supportGroupId: GROUP } })
  const staff = async (
    role: 'admin' | 'manager' | 'accountant',
    telegramId: number,
    name: string,
  ) => {
    const { id } = await makeUser(payload, role)
    return payload.update({ collection: 'users', id, data: { telegramId, name } })
  }
  admin = await staff('admin', ADMIN, 'Nodira')
  manager = await staff('manager', MANAGER, 'Aziz')
  accountant = await staff('accountant', ACCOUNTANT, 'Sevara')
  colleague = await staff('manager', COLLEAGUE, 'Malika')
  client = await makeClient(payload, {
    name: unique('Desk Cafe '),
    telegramId: CUSTOMER,
    telegramUsername: usernameOf(CUSTOMER),
    language: 'en',
    inn: '685000001',
    phone: '+998908500001',
  })
  const stem = unique('Twin Bakery ')
  twins = [
    await makeClient(payload, { name: `${stem} North`, inn: null, phone: null }),
    await makeClient(payload, { name: `${stem} South`, inn: null, phone: null }),
  ]

  const order = async (deliveryDate: string, quantity: number, path: string[] = []) => {
    const created = await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'delivery',
        deliveryDate,
        items: [{ product: catalog.bread.id, quantity }],
      },
    })
    for (const status of path)
      await payload.update({
        collection: 'orders',
        id: created.id,
        data: { status: status as 'accepted' },
      })
  }
  await order('2038-11-15', 10) // 80 000 so'm today
  await order('2038-11-15', 5) // 40 000 so'm today
  await order('2038-11-15', 50, ['cancelled']) // not a sale
  await order('2038-11-03', 20, ['accepted', 'preparing', 'on_the_way', 'delivered']) // 160 000, owed
  await order('2038-10-31', 30) // last month

  conversation = await payload.create({
    collection: 'conversations',
    data: {
      client: client.id,
      chatId: CUSTOMER,
      topicId: TOPIC,
      lastMessageAt: '2038-11-15T06:00:00.000Z',
    },
  })
  // First answers: 10 minutes on the 15th (Tashkent), 30 minutes on the 3rd; one still waiting.
  const db = sqlDatabase(payload)
  for (const [direction, at] of [
    ['in', '2038-11-03T04:00:00.000Z'],
    ['out', '2038-11-03T04:30:00.000Z'],
    ['in', '2038-11-15T05:00:00.000Z'],
    ['in', '2038-11-15T05:02:00.000Z'],
    ['out', '2038-11-15T05:10:00.000Z'],
    ['in', '2038-11-15T06:00:00.000Z'],
  ])
    await db.execute(sql`
      insert into support_messages (conversation_id, direction, created_at, updated_at)
      values (${conversation.id}, ${direction}, ${at}::timestamptz, now())`)
})
afterAll(async () => {
  await bot?.payload.updateGlobal({ slug: 'settings', data: { supportGroupId: null } })
  await bot?.close()
})

const inPrivate = (userId: number, text: string) => textUpdate(userId, text, { languageCode: 'en' })
const inTopic = (userId: number, text: string) =>
  textUpdate(userId, text, { chatId: GROUP, threadId: TOPIC, languageCode: 'en' })
const says = (userId: number, text: string) => bot.converse(userId, inPrivate(userId, text))
/** In the support group, whose 20 messages a minute are Telegram's limit, not this file's subject. */
async function saysInTopic(userId: number, text: string) {
  await forgetSendBudget(bot.payload)
  return bot.converse(GROUP, inTopic(userId, text))
}
const press = (userId: number, data: string) =>
  bot.post(callbackUpdate(userId, data, { languageCode: 'en' }))
const lastAnswer = () =>
  bot.telegram.calls.filter((call) => call.method === 'answerCallbackQuery').at(-1)!.params
const lastCall = (chatId: number) =>
  bot.telegram.calls.filter((call) => Number(call.params.chat_id) === chatId).at(-1)!
const keyboardOf = (params: Record<string, unknown>) =>
  (
    (params.reply_markup as { inline_keyboard?: Record<string, string>[][] } | undefined)
      ?.inline_keyboard ?? []
  ).flat()
const buttonsOf = (params: Record<string, unknown>) =>
  keyboardOf(params).map((button) => button.callback_data ?? button.url)
const stored = () => bot.payload.findByID({ collection: 'clients', id: client.id, depth: 0 })
const walletBalance = async () =>
  (await bot.payload.find({ collection: 'wallets', where: { client: { equals: client.id } } }))
    .docs[0]?.balance ?? 0
const assignedTo = async () => {
  const { assignedTo } = await bot.payload.findByID({
    collection: 'conversations',
    id: conversation.id,
    depth: 0,
  })
  return assignedTo ?? null
}

/** A reply to the bot's message `text`, as Telegram sends one. */
function replyTo(userId: number, botText: string, text: string) {
  const update = inPrivate(userId, text)
  return {
    ...update,
    message: {
      ...update.message,
      reply_to_message: {
        message_id: 1,
        date: update.message.date,
        chat: update.message.chat,
        from: BOT_INFO,
        text: botText,
      },
    },
  }
}

describe('/stats', () => {
  it("gives the day's and the month's orders, revenue, open conversations and median first answer", async () => {
    const open = await bot.payload.count({
      collection: 'conversations',
      where: { status: { equals: 'open' } },
    })
    expect(await says(MANAGER, '/stats 2038-11-15')).toEqual([
      [
        '📊 Figures for 2038-11-15',
        "Today: 2 orders, 120 000 so'm",
        "This month (from 2038-11-01): 3 orders, 280 000 so'm",
        `Open conversations: ${open.totalDocs}`,
        'Median first response: today 10 min, this month 20 min',
      ].join('\n'),
    ])
  })

  it('is for every staff role, an accountant too, and reads a day with no answers plainly', async () => {
    const [figures] = await says(ACCOUNTANT, '/stats 2038-11-30')
    expect(figures).toContain('Today: 0 orders, 0 so')
    expect(figures).toContain('today no answers yet, this month 20 min')
    const [now] = await says(ADMIN, '/stats')
    expect(now).toMatch(/^📊 Figures for \d{4}-\d{2}-\d{2}\n/)
  })

  it('answers in the staff member’s Telegram language', async () => {
    const [russian] = await bot.converse(
      MANAGER,
      textUpdate(MANAGER, '/stats 2038-11-15', { languageCode: 'ru' }),
    )
    expect(russian.split('\n')[1]).toBe('Сегодня: заказов 2, 120 000 сум')
    const [uzbek] = await bot.converse(
      MANAGER,
      textUpdate(MANAGER, '/stats 2038-11-15', { languageCode: 'uz' }),
    )
    expect(uzbek.split('\n')[1]).toBe("Bugun: 2 ta buyurtma, 120 000 so'm")
  })

  it.each([
    ['a word', 'yesterday'],
    ['a day that does not exist', '2038-02-30'],
    ['another date format', '15.11.2038'],
    ['4000 letters', 'x'.repeat(4000)],
    ['1000 emoji', '🍞'.repeat(1000)],
  ])('/stats with %s is answered with its usage', async (_, argument) => {
    expect(await says(MANAGER, `/stats ${argument}`)).toEqual([
      'Usage: /stats [today | YYYY-MM-DD]',
    ])
  })
})

describe('/user', () => {
  it("shows the client's card with what they owe, their orders and credits, and the buttons a manager may press", async () => {
    for (const query of [
      `@${usernameOf(CUSTOMER)}`,
      '685000001',
      '+998 90 850 00 01',
      client.name,
    ]) {
      const [card] = await says(MANAGER, `/user ${query}`)
      expect(card.split('\n')).toEqual([
        `👤 ${client.name} · active`,
        `Dilshod · +998908500001 · @${usernameOf(CUSTOMER)}`,
        'INN: 685000001',
        "Owes: 160 000 so'm",
        'Orders: 5 in all, 3 in progress',
        expect.stringMatching(/^#\d+ · 2038-10-31 · New · 240 000 so'm$/),
        expect.stringMatching(/^#\d+ · 2038-11-03 · Delivered · 160 000 so'm$/),
        expect.stringMatching(/^#\d+ · 2038-11-15 · Cancelled · 400 000 so'm$/),
        expect.stringMatching(/^#\d+ · 2038-11-15 · New · 40 000 so'm$/),
        expect.stringMatching(/^#\d+ · 2038-11-15 · New · 80 000 so'm$/),
        'Credits: 0',
        'Support: conversation open, assigned to nobody',
      ])
    }
    expect(buttonsOf(lastCall(MANAGER).params)).toEqual([
      `dst:v1:${client.id}:blocked`,
      `dgr:v1:${client.id}:10`,
      `dgr:v1:${client.id}:50`,
      `dgr:v1:${client.id}:100`,
      `dgr:v1:${client.id}:ask`,
      `https://t.me/c/8500000001/${TOPIC}`,
    ])
  })

  it('shows an accountant the card with no button to change anything, only the topic', async () => {
    const [card] = await says(ACCOUNTANT, `/user @${usernameOf(CUSTOMER)}`)
    expect(card).toContain("Owes: 160 000 so'm")
    expect(buttonsOf(lastCall(ACCOUNTANT).params)).toEqual([`https://t.me/c/8500000001/${TOPIC}`])
  })

  it('offers buttons to choose from when the query matches several clients', async () => {
    const stem = twins[0].name.replace(/ North$/, '')
    expect(await says(MANAGER, `/user ${stem}`)).toEqual([
      `Several clients match "${stem}". Which one?`,
    ])
    const choices = keyboardOf(lastCall(MANAGER).params)
    expect(choices.map((button) => [button.text, button.callback_data])).toEqual([
      [twins[0].name, `du:v1:${twins[0].id}`],
      [twins[1].name, `du:v1:${twins[1].id}`],
    ])
    const before = bot.telegram.sent(MANAGER).length
    await press(MANAGER, `du:v1:${twins[1].id}`)
    const [card] = bot.telegram.sent(MANAGER).slice(before)
    expect(String(card.params.text).split('\n')).toEqual([
      `👤 ${twins[1].name} · active`,
      'Dilshod',
      "Owes: 0 so'm",
      'Orders: 0 in all, 0 in progress',
      'Credits: 0',
      'Support: has not written yet',
    ])
  })

  it('says plainly when nobody matches, and answers a vanished client’s button', async () => {
    expect(await says(MANAGER, '/user Nobody Bakes Here')).toEqual([
      'No client matches "Nobody Bakes Here".',
    ])
    expect(await says(MANAGER, '/user @nobody_bakes_here')).toEqual([
      'No client matches "@nobody_bakes_here".',
    ])
    await press(MANAGER, 'du:v1:999999999')
    expect(lastAnswer()).toMatchObject({ text: 'This client no longer exists.', show_alert: true })
  })

  it.each([
    ['no argument', '/user'],
    ['only spaces', '/user   '],
    ['one letter', '/user x'],
    ['a whole message of letters', `/user ${'x'.repeat(5000)}`],
    ['2000 emoji', `/user ${'🥐'.repeat(2000)}`],
  ])('/user with %s is answered with its usage', async (_, text) => {
    const [reply] = await says(MANAGER, text.slice(0, 4096))
    expect(reply).toMatch(/^Usage: \/user <name, @username, INN or phone>/)
  })
})

describe('blocking from the card', () => {
  it('a manager blocks and unblocks the client; the card follows', async () => {
    await press(MANAGER, `dst:v1:${client.id}:blocked`)
    expect(lastAnswer().text).toBe('The client is blocked: the bot no longer takes their orders.')
    expect((await stored()).status).toBe('blocked')
    const edit = lastCall(MANAGER)
    expect(edit.method).toBe('editMessageText')
    expect(String(edit.params.text).split('\n')[0]).toBe(`👤 ${client.name} · blocked`)
    expect(buttonsOf(edit.params)[0]).toBe(`dst:v1:${client.id}:active`)

    await press(MANAGER, `dst:v1:${client.id}:active`)
    expect(lastAnswer().text).toBe('The client is unblocked.')
    expect((await stored()).status).toBe('active')
  })

  it('an accountant is refused, and the clients collection refuses them on its own too', async () => {
    await press(ACCOUNTANT, `dst:v1:${client.id}:blocked`)
    expect(lastAnswer()).toMatchObject({
      text: 'Your role may look but not change this.',
      show_alert: true,
    })
    expect((await stored()).status).toBe('active')
    await expect(
      bot.payload.update({
        collection: 'clients',
        id: client.id,
        data: { status: 'blocked' },
        user: { ...accountant, collection: 'users' },
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    expect((await stored()).status).toBe('active')
  })

  it('answers a tampered or vanished button clearly', async () => {
    await press(MANAGER, 'dst:v1:999999999:blocked')
    expect(lastAnswer()).toMatchObject({ show_alert: true })
    expect(String(lastAnswer().text)).toMatch(/no longer exists|not found/i)
  })
})

describe('granting credits from the card', () => {
  it('a press grants that many, written to the ledger as the manager; the client is told', async () => {
    await press(MANAGER, `dgr:v1:${client.id}:50`)
    expect(lastAnswer()).toMatchObject({
      text: `✅ ${client.name}: +50 credits, balance 50. The client is told.`,
      show_alert: true,
    })
    expect(await walletBalance()).toBe(50)
    const { docs } = await bot.payload.find({
      collection: 'ledger-entries',
      where: { client: { equals: client.id } },
      sort: '-createdAt',
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      kind: 'grant',
      amount: 50,
      source: 'staff',
      actor: manager.id,
      reason: 'a gift from the bakery',
    })
    const told = await bot.payload.count({
      collection: 'outbox',
      where: { topic: { equals: 'credits.granted' }, 'payload.client': { equals: client.id } },
    })
    expect(told.totalDocs).toBe(1)
    expect(String(lastCall(MANAGER).params.text)).toContain('Credits: 50')
  })

  it('"Other amount" asks for a number in a reply; a reply grants it with its reason', async () => {
    await press(MANAGER, `dgr:v1:${client.id}:ask`)
    const question = lastCall(MANAGER)
    expect(question.method).toBe('sendMessage')
    expect(question.params.reply_markup).toMatchObject({ force_reply: true })
    const asked = String(question.params.text)
    expect(asked).toMatch(new RegExp(`#c${client.id}$`))

    expect(await bot.converse(MANAGER, replyTo(MANAGER, asked, '25 for the cold samsa'))).toEqual([
      `✅ ${client.name}: +25 credits, balance 75. The client is told.`,
    ])
    const { docs } = await bot.payload.find({
      collection: 'ledger-entries',
      where: { client: { equals: client.id } },
      sort: '-createdAt',
      limit: 1,
    })
    expect(docs[0].reason).toBe('for the cold samsa')
  })

  it.each([
    ['a word', 'fifty'],
    ['zero', '0'],
    ['a minus', '-5'],
    ['past the limit', '1000001'],
    ['a fraction', '2.5'],
    ['1000 emoji', '🙂'.repeat(1000)],
  ])('a reply of %s asks again and grants nothing', async (_, text) => {
    const asked = `How many credits to give? #c${client.id}`
    const [reply] = await bot.converse(MANAGER, replyTo(MANAGER, asked, text))
    expect(reply).toBe(
      `A whole number of credits from 1 to 100000 is needed, for example 50 or 50 sorry for the wait. Reply again. #c${client.id}`,
    )
    expect(await walletBalance()).toBe(75)
  })

  it('a reply about a client who no longer exists changes nothing', async () => {
    const [reply] = await bot.converse(MANAGER, replyTo(MANAGER, 'How many? #c999999999', '10'))
    expect(reply).toBe('This client no longer exists.')
  })

  it('an accountant is refused by the button, by a reply and by the ledger itself', async () => {
    await press(ACCOUNTANT, `dgr:v1:${client.id}:100`)
    expect(lastAnswer()).toMatchObject({ text: 'Your role may look but not change this.' })
    expect(
      await bot.converse(ACCOUNTANT, replyTo(ACCOUNTANT, `How many? #c${client.id}`, '100')),
    ).toEqual(['Your role may look but not change this.'])
    await expect(
      bot.payload.create({
        collection: 'ledger-entries',
        data: { client: client.id, kind: 'grant', amount: 100, reason: 'sneaky' },
        user: { ...accountant, collection: 'users' },
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    expect(await walletBalance()).toBe(75)
  })
})

describe('/assign and /mine', () => {
  it('learns a staff member’s @username from their own messages', async () => {
    // Someone held it before (Telegram lets a username pass on): only its newest holder keeps it.
    const { id: former } = await makeUser(bot.payload, 'manager')
    await bot.payload.update({
      collection: 'users',
      id: former,
      data: { telegramUsername: usernameOf(COLLEAGUE) },
    })
    await says(COLLEAGUE, '/mine')
    const learnt = await bot.payload.findByID({ collection: 'users', id: colleague.id })
    expect(learnt.telegramUsername).toBe(usernameOf(COLLEAGUE))
    const before = await bot.payload.findByID({ collection: 'users', id: former })
    expect(before.telegramUsername ?? null).toBeNull()
  })

  it('assigns the topic’s conversation to the staff member named, and /mine lists it with a link', async () => {
    expect(await saysInTopic(MANAGER, `/assign @${usernameOf(COLLEAGUE).toUpperCase()}`)).toEqual([
      '✅ The conversation is assigned to Malika.',
    ])
    expect(lastCall(GROUP).params.message_thread_id).toBe(TOPIC)
    expect(await assignedTo()).toBe(colleague.id)

    const [mine] = await says(COLLEAGUE, '/mine')
    expect(mine.split('\n')).toEqual([
      'Open conversations assigned to you: 1',
      `• ${client.name} · unread 0 · —`,
    ])
    expect(keyboardOf(lastCall(COLLEAGUE).params)).toEqual([
      { text: client.name, url: `https://t.me/c/8500000001/${TOPIC}` },
    ])
    const [card] = await says(ACCOUNTANT, `/user @${usernameOf(CUSTOMER)}`)
    expect(card).toContain('Support: conversation open, assigned to Malika')
  })

  it('assigns to oneself with "me", and to a colleague by replying to their message', async () => {
    expect(await saysInTopic(ADMIN, '/assign me')).toEqual([
      '✅ The conversation is assigned to Nodira.',
    ])
    const command = inTopic(MANAGER, '/assign')
    const reply = {
      ...command,
      message: {
        ...command.message,
        reply_to_message: {
          message_id: 7,
          date: command.message.date,
          chat: command.message.chat,
          from: { id: MANAGER, is_bot: false, first_name: 'Aziz' },
          text: 'I will take it',
        },
      },
    }
    await forgetSendBudget(bot.payload)
    expect(await bot.converse(GROUP, reply)).toEqual(['✅ The conversation is assigned to Aziz.'])
    expect(await assignedTo()).toBe(manager.id)
    expect(await says(COLLEAGUE, '/mine')).toEqual(['No open conversations are assigned to you.'])
  })

  it('refuses someone who is not on the staff, a client included', async () => {
    for (const who of [`@${usernameOf(CUSTOMER)}`, '@nobody_on_staff']) {
      expect(await saysInTopic(MANAGER, `/assign ${who}`)).toEqual([
        `${who} is not on the staff: only staff members can be assigned a conversation. A staff member's @username is known once they have written to the bot.`,
      ])
    }
    expect(await assignedTo()).toBe(manager.id)
  })

  it('lets an accountant list their own but not assign, and the collection refuses them too', async () => {
    expect(await saysInTopic(ACCOUNTANT, `/assign @${usernameOf(COLLEAGUE)}`)).toEqual([
      'Only admins and managers may assign conversations.',
    ])
    expect(await says(ACCOUNTANT, '/mine')).toEqual(['No open conversations are assigned to you.'])
    await expect(
      bot.payload.update({
        collection: 'conversations',
        id: conversation.id,
        data: { assignedTo: accountant.id },
        user: { ...accountant, collection: 'users' },
        overrideAccess: false,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    expect(await assignedTo()).toBe(manager.id)
  })

  it.each([
    ['no argument', '/assign'],
    ['a name without @', '/assign Malika'],
    ['a bare @', '/assign @'],
    ['a username too long for Telegram', `/assign @${'m'.repeat(40)}`],
    ['2000 emoji', `/assign ${'🙂'.repeat(2000)}`],
  ])('/assign with %s in a topic is answered with its usage', async (_, text) => {
    expect(await saysInTopic(MANAGER, text)).toEqual([
      "Usage: /assign @username (or /assign me, or /assign in reply to a colleague's message)",
    ])
  })

  it('says where /assign works when written elsewhere', async () => {
    expect(await says(MANAGER, `/assign @${usernameOf(COLLEAGUE)}`)).toEqual([
      "Write /assign in a client's topic of the support group.",
    ])
    const orphan = textUpdate(MANAGER, '/assign me', {
      chatId: GROUP,
      threadId: 999_999,
      languageCode: 'en',
    })
    await forgetSendBudget(bot.payload)
    expect(await bot.converse(GROUP, orphan)).toEqual([
      "This topic belongs to no client's conversation.",
    ])
  })
})

describe('people who are not staff', () => {
  it.each(['/stats', `/user @${usernameOf(CUSTOMER)}`, '/assign me', '/mine'])(
    'a customer gets a plain "not available" for %s',
    async (text) => {
      expect(await says(CUSTOMER, text)).toEqual(['This command is not available.'])
    },
  )

  it('a stranger in the support group cannot assign, and a customer cannot press the card’s buttons or answer its question', async () => {
    expect(await saysInTopic(STRANGER, '/assign me')).toEqual(['This command is not available.'])
    expect(await assignedTo()).toBe(manager.id)
    for (const data of [
      `dst:v1:${client.id}:blocked`,
      `dgr:v1:${client.id}:100`,
      `du:v1:${client.id}`,
    ]) {
      await press(CUSTOMER, data)
      expect(lastAnswer()).toMatchObject({
        text: 'This command is not available.',
        show_alert: true,
      })
    }
    await bot.converse(CUSTOMER, replyTo(CUSTOMER, `How many? #c${client.id}`, '100'))
    expect((await stored()).status).toBe('active')
    expect(await walletBalance()).toBe(75)
  })
})

describe('the rule in src/domain and the collections', () => {
  /** Whether the collection lets `user` make the write behind `action`, tried through the Local API. */
  async function collectionAllows(user: User, action: DeskAction): Promise<boolean> {
    const as = { user: { ...user, collection: 'users' as const }, overrideAccess: false }
    const write = {
      block: () =>
        bot.payload.update({
          collection: 'clients',
          id: client.id,
          data: { status: 'active' },
          ...as,
        }),
      assign: () =>
        bot.payload.update({
          collection: 'conversations',
          id: conversation.id,
          data: { assignedTo: manager.id },
          ...as,
        }),
      grantCredits: () =>
        bot.payload.create({
          collection: 'ledger-entries',
          data: { client: client.id, kind: 'grant', amount: 1, reason: 'rule check' },
          ...as,
        }),
    }[action as 'block' | 'assign' | 'grantCredits']
    try {
      await write()
      return true
    } catch (error) {
      if (error instanceof Forbidden) return false
      throw error
    }
  }

  it.each(['block', 'assign', 'grantCredits'] as DeskAction[])(
    'agree on who may %s, for every role',
    async (action) => {
      for (const user of [admin, manager, accountant])
        expect([user.roles, await collectionAllows(user, action)]).toEqual([
          user.roles,
          deskAllows(user.roles, action),
        ])
    },
  )
})

describe('a grant repeated by Telegram or a double tap', () => {
  it('two taps on the same amount under one card grant once; the second says so', async () => {
    const before = await walletBalance()
    const tap = () =>
      bot.post(
        callbackUpdate(MANAGER, `dgr:v1:${client.id}:10`, {
          languageCode: 'en',
          messageId: 85_001,
        }),
      )
    await tap()
    expect(lastAnswer().text).toBe(
      `✅ ${client.name}: +10 credits, balance ${before + 10}. The client is told.`,
    )
    await tap()
    expect(lastAnswer()).toMatchObject({
      text: 'Already granted: the same press or reply counts once.',
      show_alert: true,
    })
    expect(await walletBalance()).toBe(before + 10)
    // Another amount under the same card is another grant.
    await bot.post(
      callbackUpdate(MANAGER, `dgr:v1:${client.id}:50`, { languageCode: 'en', messageId: 85_001 }),
    )
    expect(await walletBalance()).toBe(before + 60)
  })

  it('the same reply with an amount, delivered twice, grants once', async () => {
    const before = await walletBalance()
    const reply = replyTo(MANAGER, `How many? #c${client.id}`, '5 for the wait')
    expect(await bot.converse(MANAGER, reply)).toEqual([
      `✅ ${client.name}: +5 credits, balance ${before + 5}. The client is told.`,
    ])
    expect(
      await bot.converse(MANAGER, { ...reply, update_id: reply.update_id + 1_000_000 }),
    ).toEqual(['Already granted: the same press or reply counts once.'])
    expect(await walletBalance()).toBe(before + 5)
  })
})
