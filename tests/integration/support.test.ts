import { receiveFromClient } from '@commerce/features/support/inbox'
import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Api } from 'grammy'
import { afterClientMessage, type ConversationState } from '@/domain/conversation'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { login } from '../support/restServer'
import { forgetSendBudget } from '../support/sendBudget'
import {
  callbackUpdate,
  editedTextUpdate,
  photoUpdate,
  stickerUpdate,
  textUpdate,
} from '../support/telegramUpdates'

const GROUP = -100_555_000
const MANAGER = 7_800_001
let bot: BotHarness
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let nextChat = 9_700_000
let managerLogin: Record<string, string>

beforeAll(async () => {
  bot = await startBotHarness()
  catalog = await makeCatalog(bot.payload)
  // Rows other files left are settled before the support group exists.
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { adminChatId: null, supportGroupId: null },
  })
  await drain()
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { supportGroupId: GROUP, staffLanguage: 'en' },
  })
  const manager = await makeUser(bot.payload, 'manager')
  await bot.payload.update({ collection: 'users', id: manager.id, data: { telegramId: MANAGER } })
  managerLogin = await login(bot.apiUrl, manager.email, PASSWORD)
})
beforeEach(() => forgetSendBudget(bot.payload))
afterAll(async () => {
  await bot?.payload.updateGlobal({
    slug: 'settings',
    data: { supportGroupId: null, staffLanguage: 'ru' },
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

async function client() {
  const chatId = nextChat++
  const record = await makeClient(bot.payload, { telegramId: chatId, language: 'en' })
  return { chatId, client: record }
}

async function conversationOf(clientId: number) {
  const { docs } = await bot.payload.find({
    collection: 'conversations',
    where: { client: { equals: clientId } },
  })
  return docs[0]
}

describe('client to staff', () => {
  it('opens a topic with a pinned card on the first message and copies every message into it', async () => {
    const { chatId, client: record } = await client()
    const before = bot.telegram.calls.length
    expect(await bot.converse(chatId, textUpdate(chatId, "tomorrow's samsa came cold"))).toEqual([
      'Your message went to the bakery; they will answer here.',
    ])
    expect(await bot.converse(chatId, stickerUpdate(chatId))).toEqual([])
    await drain()
    const calls = bot.telegram.calls
      .slice(before)
      .filter((call) => !call.failedWith && Number(call.params.chat_id) === GROUP)
    expect(calls.map((call) => call.method)).toEqual([
      'createForumTopic',
      'sendMessage',
      'pinChatMessage',
      'copyMessage',
      'copyMessage',
    ])
    expect(calls[0].params.name).toBe(`${record.name} · Dilshod (#${record.id})`)
    expect(String(calls[1].params.text)).toContain(`INN: ${record.inn}`)
    const conversationId = (await conversationOf(record.id)).id
    expect(
      (
        calls[1].params.reply_markup as { inline_keyboard: { callback_data: string }[][] }
      ).inline_keyboard
        .flat()
        .map((b) => b.callback_data),
    ).toEqual([
      `sup:v1:${conversationId}:orders`,
      `sup:v1:${conversationId}:block`,
      `sup:v1:${conversationId}:close`,
      `sug:v1:${conversationId}`,
    ])
    const conversation = await conversationOf(record.id)
    expect(conversation).toMatchObject({
      status: 'open',
      unreadCount: 2,
      lastMessagePreview: '[sticker]',
      topicId: expect.any(Number),
    })
    for (const copy of calls.slice(3))
      expect(copy.params).toMatchObject({
        from_chat_id: chatId,
        message_thread_id: conversation.topicId,
      })
    const messages = await bot.payload.find({
      collection: 'support-messages',
      where: { conversation: { equals: conversation.id } },
      sort: 'createdAt',
    })
    expect(messages.docs.map((m) => [m.direction, m.kind, m.text])).toEqual([
      ['in', 'text', "tomorrow's samsa came cold"],
      ['in', 'sticker', '[sticker]'],
    ])
  })

  it('copies an album as one album', async () => {
    const { chatId } = await client()
    const album = [
      photoUpdate(chatId, 'album-1'),
      photoUpdate(chatId, 'album-1'),
      photoUpdate(chatId, 'album-1'),
    ]
    await bot.converse(chatId, ...album)
    await drain()
    const copies = bot.telegram.calls.filter(
      (call) =>
        ['copyMessage', 'copyMessages'].includes(call.method) &&
        call.params.from_chat_id === chatId,
    )
    expect(copies.map((call) => [call.method, call.params.message_ids])).toEqual([
      ['copyMessages', album.map((update) => update.message.message_id)],
    ])
  })

  it('copies a part of an album that comes after the album was copied on its own', async () => {
    const { chatId } = await client()
    const album = [photoUpdate(chatId, 'album-2'), photoUpdate(chatId, 'album-2')]
    await bot.converse(chatId, ...album)
    await drain()
    const late = photoUpdate(chatId, 'album-2')
    await bot.converse(chatId, late)
    await drain()
    const copies = bot.telegram.calls.filter(
      (call) =>
        ['copyMessage', 'copyMessages'].includes(call.method) &&
        call.params.from_chat_id === chatId,
    )
    expect(
      copies.map((call) => [call.method, call.params.message_ids ?? call.params.message_id]),
    ).toEqual([
      ['copyMessages', album.map((update) => update.message.message_id)],
      ['copyMessage', late.message.message_id],
    ])
  })

  it('makes one topic when two first messages arrive at once', async () => {
    const { chatId, client: record } = await client()
    await Promise.all([
      bot.post(textUpdate(chatId, 'hello?')),
      bot.post(textUpdate(chatId, 'anyone?')),
    ])
    await drain()
    expect(
      callsTo('createForumTopic', GROUP).filter(
        (call) => call.params.name === `${record.name} · Dilshod (#${record.id})`,
      ),
    ).toHaveLength(1)
  })

  it('makes a new topic when staff deleted the old one', async () => {
    const { chatId, client: record } = await client()
    await bot.converse(chatId, textUpdate(chatId, 'first'))
    await drain()
    const first = (await conversationOf(record.id)).topicId
    bot.telegram.failNext(
      'copyMessage',
      { status: 400, description: 'Bad Request: message thread not found' },
      GROUP,
    )
    await bot.converse(chatId, textUpdate(chatId, 'second'))
    await drain()
    const second = (await conversationOf(record.id)).topicId
    expect(second).not.toBe(first)
    expect(callsTo('copyMessage', GROUP).at(-1)?.params).toMatchObject({
      message_thread_id: second,
    })
  })

  it('makes the topic again when its card could not be posted, so no topic goes without its card', async () => {
    const { chatId, client: record } = await client()
    const deletedBefore = callsTo('deleteForumTopic', GROUP).length
    bot.telegram.failNext('sendMessage', { status: 502 }, GROUP)
    await bot.converse(chatId, textUpdate(chatId, 'is anyone there?'))
    await drain()
    const [failed, made] = callsTo('createForumTopic', GROUP).filter(
      (call) => call.params.name === `${record.name} · Dilshod (#${record.id})`,
    )
    expect(failed).toBeDefined()
    expect(made).toBeDefined()
    const topicId = (await conversationOf(record.id)).topicId
    const deleted = callsTo('deleteForumTopic', GROUP).slice(deletedBefore)
    expect(deleted).toHaveLength(1)
    expect(deleted[0].params.message_thread_id).not.toBe(topicId)
    expect(
      callsTo('sendMessage', GROUP).some(
        (call) =>
          call.params.message_thread_id === topicId &&
          String(call.params.text).includes(`INN: ${record.inn}`),
      ),
    ).toBe(true)
    expect(callsTo('copyMessage', GROUP).at(-1)?.params).toMatchObject({
      from_chat_id: chatId,
      message_thread_id: topicId,
    })
  })

  it('handles an update Telegram delivers three times once: one message, one copy, unread 1', async () => {
    const { chatId, client: record } = await client()
    const update = textUpdate(chatId, 'where is my order?')
    const statuses = await Promise.all(
      [bot.post(update), bot.post(update)].map((response) => response.then((r) => r.status)),
    )
    expect([...statuses, (await bot.post(update)).status]).toEqual([200, 200, 200])
    expect(bot.telegram.sent(chatId).map((call) => call.params.text)).toEqual([
      'Your message went to the bakery; they will answer here.',
    ])
    const conversation = await conversationOf(record.id)
    expect(conversation.unreadCount).toBe(1)
    const stored = await bot.payload.find({
      collection: 'support-messages',
      where: { conversation: { equals: conversation.id } },
    })
    expect(stored.totalDocs).toBe(1)
    await drain()
    expect(
      callsTo('copyMessage', GROUP).filter((call) => Number(call.params.from_chat_id) === chatId),
    ).toHaveLength(1)
  })

  it('delivers later, and in order, what Telegram refused with 429', async () => {
    const { chatId } = await client()
    await bot.converse(chatId, textUpdate(chatId, 'one'))
    await drain()
    bot.telegram.failNext('copyMessage', { status: 429, retryAfter: 1 }, GROUP)
    const sent = [textUpdate(chatId, 'two'), textUpdate(chatId, 'three')]
    await bot.converse(chatId, ...sent)
    await drain()
    const copied = callsTo('copyMessage', GROUP)
      .filter((call) => call.params.from_chat_id === chatId)
      .map((call) => call.params.message_id)
    expect(copied.slice(-2)).toEqual(sent.map((update) => update.message.message_id))
  })
})

describe('a support group where the bot may not make topics', () => {
  it('says so in /api/health and keeps the message to send once the right is given', async () => {
    const { chatId } = await client()
    bot.telegram.failNext(
      'createForumTopic',
      { status: 400, description: 'Bad Request: not enough rights to create a topic' },
      GROUP,
    )
    await bot.converse(chatId, textUpdate(chatId, 'hello'))
    await drain()
    const health = await (await fetch(`${bot.apiUrl}/health`)).json()
    expect(health.support).toMatch(/cannot create topics .* "Manage topics"/)
    const [dead] = (
      await bot.payload.find({
        collection: 'outbox',
        where: { topic: { equals: 'support.to_staff' }, 'payload.fromChat': { equals: chatId } },
      })
    ).docs
    expect(dead.status).toBe('dead')
    await bot.payload.update({ collection: 'outbox', id: dead.id, data: { status: 'pending' } })
    await drain()
    expect((await (await fetch(`${bot.apiUrl}/health`)).json()).support).toBe('ok')
    expect(callsTo('copyMessage', GROUP).at(-1)?.params).toMatchObject({ from_chat_id: chatId })
  })
})

describe('staff to client', () => {
  async function topicOf() {
    const { chatId, client: record } = await client()
    await bot.converse(chatId, textUpdate(chatId, 'question'))
    await drain()
    const conversation = await conversationOf(record.id)
    return { chatId, record, threadId: conversation.topicId!, conversation }
  }
  const inTopic = (threadId: number) => ({ chatId: GROUP, threadId, languageCode: 'en' })

  it('copies staff answers in the topic to the client, but not notes or commands', async () => {
    const { chatId, threadId, conversation } = await topicOf()
    const answer = textUpdate(MANAGER, 'We will bring fresh ones in an hour', inTopic(threadId))
    await bot.post(answer)
    await bot.post(textUpdate(MANAGER, '!he orders every Monday', inTopic(threadId)))
    await bot.post(textUpdate(7_800_099, 'general chatter', { chatId: GROUP }))
    await drain()
    expect(callsTo('copyMessage', chatId).map((call) => call.params)).toEqual([
      expect.objectContaining({ from_chat_id: GROUP, message_id: answer.message.message_id }),
    ])
    const after = await bot.payload.findByID({ collection: 'conversations', id: conversation.id })
    expect(after.unreadCount).toBe(0)
    const messages = await bot.payload.find({
      collection: 'support-messages',
      where: { conversation: { equals: conversation.id } },
      sort: 'createdAt',
    })
    expect(messages.docs.map((m) => m.direction)).toEqual(['in', 'out', 'note'])
    expect(messages.docs[1].author).toBeTruthy()
  })

  it('lists the client’s orders, blocks the client and closes the conversation from the card’s buttons', async () => {
    const { threadId, record, conversation } = await topicOf()
    const press = (userId: number, action: string) =>
      bot.post(
        callbackUpdate(userId, `sup:v1:${conversation.id}:${action}`, { ...inTopic(threadId) }),
      )
    await press(MANAGER, 'orders')
    expect(callsTo('sendMessage', GROUP).at(-1)?.params).toMatchObject({
      text: 'No orders yet.',
      message_thread_id: threadId,
    })
    await press(7_800_099, 'block')
    expect(bot.telegram.calls.at(-1)?.params).toMatchObject({
      text: 'This command is not available.',
    })
    await press(MANAGER, 'block')
    expect((await bot.payload.findByID({ collection: 'clients', id: record.id })).status).toBe(
      'blocked',
    )
    await press(MANAGER, 'close')
    expect(
      (await bot.payload.findByID({ collection: 'conversations', id: conversation.id })).status,
    ).toBe('closed')
  })

  it('follows a client’s edit to their own copy when another client’s message has the same id', async () => {
    const a = await topicOf()
    const b = await topicOf()
    // Message ids count per private chat: two clients' messages often share one.
    const sameId = (chatId: number, text: string) => {
      const update = textUpdate(chatId, text)
      update.message.message_id = 424_242
      return update
    }
    await bot.converse(a.chatId, sameId(a.chatId, 'from A'))
    await bot.converse(b.chatId, sameId(b.chatId, 'from B'))
    await drain()
    const copyIn = async (conversation: number) =>
      (
        await bot.payload.find({
          collection: 'support-messages',
          where: { conversation: { equals: conversation }, clientMessageId: { equals: 424_242 } },
        })
      ).docs[0].groupMessageId
    const [copyOfA, copyOfB] = [await copyIn(a.conversation.id), await copyIn(b.conversation.id)]
    expect(copyOfA).not.toBe(copyOfB)
    await bot.post(editedTextUpdate(a.chatId, 424_242, 'from A, corrected'))
    await drain()
    expect(
      bot.telegram.calls.filter((call) => call.method === 'editMessageText').at(-1)?.params,
    ).toMatchObject({ chat_id: GROUP, message_id: copyOfA, text: 'from A, corrected' })
  })

  it('copies an anonymous admin’s answer, and takes no edit from another group', async () => {
    const { chatId, threadId } = await topicOf()
    // An admin writing as the group: Telegram's anonymous bot account, with the group as sender.
    const anonymous = textUpdate(1_087_968_824, 'Fresh ones at 10', inTopic(threadId))
    Object.assign(anonymous.message, {
      from: { id: 1_087_968_824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' },
      sender_chat: { id: GROUP, type: 'supergroup', title: 'Staff' },
    })
    await bot.post(anonymous)
    await drain()
    expect(callsTo('copyMessage', chatId).at(-1)?.params).toMatchObject({
      from_chat_id: GROUP,
      message_id: anonymous.message.message_id,
    })
    // Someone else's forum group whose message has the same id as the answer: not ours to follow.
    const edits = bot.telegram.calls.filter((call) => call.method === 'editMessageText').length
    await bot.post(
      editedTextUpdate(7_800_099, anonymous.message.message_id, 'pay to card 8600…', {
        chatId: -100_999_000,
        threadId,
      }),
    )
    await drain()
    expect(bot.telegram.calls.filter((call) => call.method === 'editMessageText')).toHaveLength(
      edits,
    )
  })

  it('follows an edit on either side to its copy on the other', async () => {
    const { chatId, threadId } = await topicOf()
    const question = textUpdate(chatId, 'how much are 40 samsa?')
    await bot.converse(chatId, question)
    await drain()
    const groupCopy = callsTo('copyMessage', GROUP).at(-1)!
    await bot.post(editedTextUpdate(chatId, question.message.message_id, 'how much are 50 samsa?'))
    const answer = textUpdate(MANAGER, '450 000', inTopic(threadId))
    await bot.post(answer)
    await drain()
    await bot.post(
      editedTextUpdate(
        MANAGER,
        answer.message.message_id,
        '450 000 so’m, delivered',
        inTopic(threadId),
      ),
    )
    await drain()
    const edits = bot.telegram.calls
      .filter((call) => call.method === 'editMessageText')
      .slice(-2)
      .map((call) => call.params)
    expect(groupCopy.params.from_chat_id).toBe(chatId)
    expect(edits[0]).toMatchObject({ chat_id: GROUP, text: 'how much are 50 samsa?' })
    expect(edits[1]).toMatchObject({ chat_id: chatId, text: '450 000 so’m, delivered' })
  })

  it('says in the topic when the client blocked the bot', async () => {
    const { chatId, threadId, record } = await topicOf()
    bot.telegram.failNext('copyMessage', { status: 403 }, chatId)
    await bot.post(textUpdate(MANAGER, 'are you there?', inTopic(threadId)))
    await drain()
    expect(
      (await bot.payload.findByID({ collection: 'clients', id: record.id })).telegramBlockedAt,
    ).toBeTruthy()
    expect(callsTo('sendMessage', GROUP).at(-1)?.params).toMatchObject({
      message_thread_id: threadId,
      text: '⚠️ The client has blocked the bot: they did not get this answer.',
    })
  })

  it('answers in a topic with no client that nothing was sent', async () => {
    const before = bot.telegram.calls.length
    await bot.post(textUpdate(MANAGER, 'hello', inTopic(424242)))
    expect(
      bot.telegram.calls
        .slice(before)
        .map((call) => [call.method, call.params.text, call.params.message_thread_id]),
    ).toEqual([['sendMessage', "This topic's client no longer exists; nothing was sent.", 424242]])
  })

  it('posts the client’s orders and their moves into the topic', async () => {
    const { threadId, record } = await topicOf()
    const order = await bot.payload.create({
      collection: 'orders',
      data: {
        client: record.id,
        fulfillment: 'pickup',
        deliveryDate: '2026-12-01',
        items: [{ product: catalog.bread.id, quantity: 10 }],
      },
    })
    await bot.payload.update({ collection: 'orders', id: order.id, data: { status: 'accepted' } })
    await drain()
    const story = callsTo('sendMessage', GROUP)
      .filter((call) => call.params.message_thread_id === threadId)
      .map((call) => call.params.text)
    expect(story.slice(-2)).toEqual([
      `📦 Order #${order.number}: New (80 000 so'm)`,
      `📦 Order #${order.number}: Accepted (80 000 so'm)`,
    ])
  })
})

describe('conversation rules, from Telegram and from the admin alike', () => {
  it('counts unread in SQL exactly as the domain rule does, in every state', async () => {
    const states: (ConversationState | null)[] = [
      null,
      { status: 'open', unreadCount: 0 },
      { status: 'open', unreadCount: 3 },
      { status: 'closed', unreadCount: 5 },
    ]
    for (const state of states) {
      const { chatId, client: record } = await client()
      if (state)
        await bot.payload.create({
          collection: 'conversations',
          data: { client: record.id, chatId, ...state },
        })
      const message = textUpdate(chatId, 'hello').message
      await receiveFromClient(bot.payload, record, message as never)
      const stored = await conversationOf(record.id)
      expect({ status: stored.status, unreadCount: stored.unreadCount }).toEqual(
        afterClientMessage(state),
      )
    }
  })

  it('closing from the admin leaves nothing unread, as the topic card’s Close does', async () => {
    const { chatId, client: record } = await client()
    await bot.converse(chatId, textUpdate(chatId, 'one'), textUpdate(chatId, 'two'))
    const conversation = await conversationOf(record.id)
    expect(conversation.unreadCount).toBe(2)
    const response = await fetch(`${bot.apiUrl}/conversations/${conversation.id}`, {
      method: 'PATCH',
      headers: managerLogin,
      body: JSON.stringify({ status: 'closed' }),
    })
    expect(response.status).toBe(200)
    expect(await conversationOf(record.id)).toMatchObject({ status: 'closed', unreadCount: 0 })
  })

  it('stores a client’s message only together with its copy in the outbox', async () => {
    const { chatId, client: record } = await client()
    // The outbox refuses this client's copy, as a crash between the writes would leave it unwritten.
    const db = bot.payload.db.pool
    await db.query(`create or replace function refuse_copy() returns trigger language plpgsql as $$
      begin if new.payload->>'client' = '${record.id}' then raise exception 'outbox unavailable'; end if; return new; end $$`)
    await db.query(
      'create trigger refuse_copy before insert on outbox for each row execute function refuse_copy()',
    )
    try {
      await bot.post(textUpdate(chatId, `is anyone there? (${record.id})`))
    } finally {
      await db.query('drop trigger refuse_copy on outbox')
    }
    expect(await conversationOf(record.id)).toBeUndefined()
    expect(
      (
        await bot.payload.find({
          collection: 'support-messages',
          where: { text: { equals: `is anyone there? (${record.id})` } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('a new support group', () => {
  const NEW_GROUP = -100_555_001
  afterAll(() => bot.payload.updateGlobal({ slug: 'settings', data: { supportGroupId: GROUP } }))

  it('forgets the former group’s topics: an old thread id there reaches no one, and the client’s next message makes a topic in the new group', async () => {
    const { chatId, client: record } = await client()
    await bot.converse(chatId, textUpdate(chatId, 'first question'))
    await drain()
    const oldThread = (await conversationOf(record.id)).topicId!
    await bot.payload.updateGlobal({ slug: 'settings', data: { supportGroupId: NEW_GROUP } })
    expect((await conversationOf(record.id)).topicId).toBeNull()
    // The old group's message ids are forgotten too: an edit never reaches the new group's message.
    const { rows } = await bot.payload.db.pool.query(
      'select count(*)::int as n from support_messages m join conversations v on v.id = m.conversation_id where v.client_id = $1 and m.group_message_id is not null',
      [record.id],
    )
    expect(rows[0].n).toBe(0)
    // Thread ids are numbered per group: the new group's topic with the old id is not this client's.
    const stray = textUpdate(MANAGER, 'Hello there', {
      chatId: NEW_GROUP,
      threadId: oldThread,
      languageCode: 'en',
    })
    await bot.post(stray)
    await drain()
    expect(callsTo('copyMessage', chatId)).toEqual([])
    expect(callsTo('sendMessage', NEW_GROUP).at(-1)?.params).toMatchObject({
      text: "This topic's client no longer exists; nothing was sent.",
      message_thread_id: oldThread,
    })
    await bot.converse(chatId, textUpdate(chatId, 'second question'))
    await drain()
    const topic = (await conversationOf(record.id)).topicId
    expect(callsTo('createForumTopic', NEW_GROUP)).toHaveLength(1)
    expect(callsTo('copyMessage', NEW_GROUP).at(-1)?.params).toMatchObject({
      from_chat_id: chatId,
      message_thread_id: topic,
    })
    // Saving the settings with the same group keeps the topics.
    await bot.payload.updateGlobal({ slug: 'settings', data: { supportGroupId: NEW_GROUP } })
    expect((await conversationOf(record.id)).topicId).toBe(topic)
  })
})
