import type { BotContext } from '@commerce/bot/context'
import { createBot } from '@commerce/bot/createBot'
import { takeDraft } from '@commerce/bot/orderDrafts'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Update } from 'grammy/types'
import { formatMoney } from '@/domain/money'

import { BOT_INFO, type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient } from '../support/fixtures'
import { callbackUpdate, stickerUpdate, textUpdate } from '../support/telegramUpdates'

let bot: BotHarness
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let nextUser = 9_300_000

beforeAll(async () => {
  bot = await startBotHarness()
  catalog = await makeCatalog(bot.payload)
})
afterAll(() => bot?.close())

async function registeredClient(extra: Record<string, unknown> = {}) {
  const userId = nextUser++
  const client = await makeClient(bot.payload, {
    telegramId: userId,
    language: 'en',
    deliveryAddress: 'Amir Temur 107',
    ...extra,
  })
  return { userId, client }
}

const press = (userId: number, pattern: RegExp) => {
  const data = bot.buttons(userId).find((candidate) => pattern.test(candidate))
  expect(data).toBeDefined()
  return callbackUpdate(userId, data!)
}

/** Presses buttons one after another, each on the message the previous press brought. */
async function pressAll(userId: number, ...patterns: RegExp[]): Promise<string[]> {
  const replies: string[] = []
  for (const pattern of patterns)
    replies.push(...(await bot.converse(userId, press(userId, pattern))))
  return replies
}

describe('ordering from the bot', () => {
  it('takes an order at the client’s own prices, step by step, with every bad answer explained', async () => {
    const { userId, client } = await registeredClient()
    await bot.payload.create({
      collection: 'client-prices',
      data: { client: client.id, product: catalog.bread.id, price: 750000 },
    })
    const { converse } = bot

    await converse(userId, textUpdate(userId, '/order'))
    await converse(userId, press(userId, new RegExp(`^o-cat:v1:${catalog.category.id}$`)))
    expect(bot.telegram.sent(userId).at(-1)?.params.reply_markup).toEqual(
      expect.objectContaining({
        inline_keyboard: expect.arrayContaining([
          [expect.objectContaining({ text: "White bread · 7 500 so'm" })],
        ]),
      }),
    )
    expect(bot.buttons(userId)).not.toContain(`o-prod:v1:${catalog.retired.id}`)
    const quantityReplies = await converse(
      userId,
      press(userId, new RegExp(`^o-prod:v1:${catalog.bread.id}$`)),
      textUpdate(userId, 'ten'),
      textUpdate(userId, '2.5'),
      textUpdate(userId, '-3'),
      textUpdate(userId, '99999999999'),
      stickerUpdate(userId),
      textUpdate(userId, '80'),
    )
    expect(quantityReplies[0]).toBe("White bread: 7 500 so'm per pcs. How many? At least 1.")
    expect(quantityReplies.slice(1, 6)).toEqual(
      Array(5).fill('Please send a whole number from 1 to 100 000.'),
    )
    expect(quantityReplies.slice(6)).toEqual([
      'Added: White bread × 80.\nAdd another product or finish?',
    ])

    await pressAll(
      userId,
      /^o-more:v1$/,
      /^o-cat:v1:/,
      new RegExp(`^o-prod:v1:${catalog.samsa.id}$`),
    )
    expect(await converse(userId, textUpdate(userId, '5'))).toEqual([
      'Please send a whole number from 10 to 100 000.',
    ])
    await converse(userId, textUpdate(userId, '40'))
    await pressAll(userId, /^o-done:v1$/)
    await converse(userId, textUpdate(userId, 'Please ring twice'))
    await converse(userId, press(userId, /^o-way:v1:delivery$/))
    const [firstDay] = bot.buttons(userId)
    // A tampered or stale date button: refused, and the days are offered again.
    expect(await converse(userId, callbackUpdate(userId, 'o-date:v1:2020-01-01'))).toEqual([
      'That day can no longer be chosen. Please pick another one.',
      'Which day?',
    ])
    await converse(userId, press(userId, new RegExp(`^${firstDay}$`)))
    const [summary] = await converse(userId, press(userId, /^o-profile:v1$/))
    expect(summary).toBe(
      [
        "• White bread × 80 = 600 000 so'm",
        "• Samsa × 40 = 360 000 so'm",
        "Total: 960 000 so'm",
        `🚚 Delivery, ${firstDay.slice('o-date:v1:'.length)}`,
        'Address: Amir Temur 107',
        'Comment: Please ring twice',
        '',
        'Is everything right?',
      ].join('\n'),
    )
    const confirm = press(userId, /^o-confirm:v1:/)
    const [placed] = await converse(userId, confirm)
    const { docs } = await bot.payload.find({
      collection: 'orders',
      where: { client: { equals: client.id } },
    })
    expect(placed).toBe(`Order #${docs[0].number} is placed. I will tell you about every change.`)
    expect(docs[0]).toEqual(
      expect.objectContaining({
        total: 96000000,
        source: 'bot',
        fulfillment: 'delivery',
        comment: 'Please ring twice',
        status: 'new',
      }),
    )
    expect(docs[0].statusHistory?.[0].actor).toBe('client')

    // The summary's buttons are stale now: pressing one again says so instead of ordering twice.
    const before = bot.telegram.calls.length
    await converse(userId, callbackUpdate(userId, confirm.callback_query.data))
    expect(bot.telegram.calls.slice(before).map((call) => [call.method, call.params.text])).toEqual(
      [
        [
          'answerCallbackQuery',
          'This order is already placed, cancelled or too old. Press /order to start a new one.',
        ],
      ],
    )
  })

  it('enforces the minimum order amount with a clear message', async () => {
    await bot.payload.updateGlobal({ slug: 'settings', data: { minOrderAmount: 50000000 } })
    try {
      const { userId } = await registeredClient()
      const replies = await bot.converse(userId, textUpdate(userId, '/order'))
      expect(replies).toEqual(['Choose a category:'])
      await pressAll(userId, /^o-cat:v1:/, new RegExp(`^o-prod:v1:${catalog.bread.id}$`))
      const more = await bot.converse(userId, textUpdate(userId, '10'))
      expect(more).toEqual([
        "Added: White bread × 10.\nThe minimum order is 500 000 so'm; yours comes to 80 000 so'm. Please add more.\nChoose a category:",
      ])
    } finally {
      await bot.payload.updateGlobal({ slug: 'settings', data: { minOrderAmount: 0 } })
    }
  })

  it('tells unregistered, pending and blocked clients why they cannot order', async () => {
    const stranger = nextUser++
    expect(await bot.converse(stranger, textUpdate(stranger, '/order'))).toEqual([
      'Сначала зарегистрируйтесь: нажмите /start.',
    ])
    const pending = await registeredClient({ status: 'pending' })
    expect(await bot.converse(pending.userId, textUpdate(pending.userId, '/order'))).toEqual([
      "Your registration is waiting for the bakery's approval; you can order once it is confirmed.",
    ])
    const blocked = await registeredClient({ status: 'blocked' })
    expect(await bot.converse(blocked.userId, textUpdate(blocked.userId, '/order'))).toEqual([
      'Ordering is not available for your account. Please contact the bakery.',
    ])
  })
})

describe('the order draft between updates', () => {
  const ordersOf = async (clientId: number) =>
    (
      await bot.payload.find({
        collection: 'orders',
        where: { client: { equals: clientId } },
        depth: 0,
      })
    ).docs

  /** Picks `quantity` of a product, then goes on to the summary for pickup on the first day offered. */
  async function addToSummary(userId: number, product: number, quantity: number) {
    await pressAll(userId, /^o-cat:v1:/, new RegExp(`^o-prod:v1:${product}$`))
    await bot.converse(userId, textUpdate(userId, String(quantity)))
    await pressAll(userId, /^o-done:v1$/, /^o-skip:v1$/, /^o-way:v1:pickup$/, /^o-date:v1:/)
  }

  it('survives a restart in the middle, and a button from another step says so', async () => {
    const { userId, client } = await registeredClient()
    await bot.converse(userId, textUpdate(userId, '/order'))
    await pressAll(userId, /^o-cat:v1:/, new RegExp(`^o-prod:v1:${catalog.bread.id}$`))
    // A new server process: a new bot, nothing shared in memory with the one above.
    const restarted = createBot({
      token: '123:TEST',
      payload: bot.payload,
      apiRoot: bot.telegram.apiRoot,
      botInfo: BOT_INFO,
    })
    const handle = (update: object) => restarted.handleUpdate(update as unknown as Update)
    await handle(textUpdate(userId, '12'))
    expect(bot.telegram.sent(userId).at(-1)?.params.text).toBe(
      'Added: White bread × 12.\nAdd another product or finish?',
    )

    const before = bot.telegram.calls.length
    await handle(callbackUpdate(userId, 'o-way:v1:pickup'))
    expect(bot.telegram.calls.slice(before).map((call) => [call.method, call.params.text])).toEqual(
      [
        [
          'answerCallbackQuery',
          'This button belongs to another step. Please use the latest message.',
        ],
      ],
    )
    for (const pattern of [
      /^o-done:v1$/,
      /^o-skip:v1$/,
      /^o-way:v1:pickup$/,
      /^o-date:v1:/,
      /^o-confirm:v1:/,
    ])
      await handle(press(userId, pattern))
    expect((await ordersOf(client.id)).map((order) => [order.total, order.fulfillment])).toEqual([
      [9600000, 'pickup'],
    ])
  })

  it('answers a Confirm under an older summary with the current one, and places what it shows', async () => {
    const { userId, client } = await registeredClient()
    await bot.converse(userId, textUpdate(userId, '/order'))
    await addToSummary(userId, catalog.bread.id, 10)
    const older = press(userId, /^o-confirm:v1:/)

    // The client scrolls up, adds samsa from the earlier "Add another" and goes through to a new summary.
    await bot.converse(userId, callbackUpdate(userId, 'o-more:v1'))
    await addToSummary(userId, catalog.samsa.id, 10)
    const current = bot.telegram.sent(userId).at(-1)?.params.text

    const before = bot.telegram.calls.length
    expect(await bot.converse(userId, older)).toEqual([current])
    // The alert rides back on the webhook's response, so Telegram shows it once the summary is sent.
    expect(bot.telegram.calls.slice(before).map((call) => [call.method, call.params.text])).toEqual(
      [
        ['sendMessage', current],
        [
          'answerCallbackQuery',
          'The order has changed since this summary. Here is the current one.',
        ],
      ],
    )
    expect(await ordersOf(client.id)).toEqual([])

    await pressAll(userId, /^o-confirm:v1:/)
    expect(
      (await ordersOf(client.id)).map((order) =>
        order.items?.map((item) => [item.productName, item.quantity]),
      ),
    ).toEqual([
      [
        ['White bread', 10],
        ['Samsa', 10],
      ],
    ])
  })

  it('keeps each chat’s sender, prices, draft and orders apart when many chats write at once', async () => {
    // Updates arriving together share one statement for each kind of read and write.
    const clients = await Promise.all(
      Array.from({ length: 12 }, (_, i) => registeredClient({ contactName: `Guest ${i}` })),
    )
    const priceOf = (i: number) => 700000 + i * 10000
    for (const [i, { client }] of clients.entries()) {
      await bot.payload.create({
        collection: 'client-prices',
        data: { client: client.id, product: catalog.bread.id, price: priceOf(i) },
      })
    }
    const lastButtons = (userId: number) =>
      (
        (
          bot.telegram.sent(userId).at(-1)?.params.reply_markup as
            | { inline_keyboard?: { text: string }[][] }
            | undefined
        )?.inline_keyboard ?? []
      )
        .flat()
        .map((button) => button.text)
    const allAtOnce = (step: (userId: number, i: number) => object) =>
      Promise.all(
        clients.map(({ userId }, i) =>
          bot.post(step(userId, i)).then((response) => expect(response.status).toBe(200)),
        ),
      )
    await allAtOnce((userId) => textUpdate(userId, '/start'))
    expect(clients.map(({ userId }) => bot.telegram.sent(userId).at(-1)?.params.text)).toEqual(
      clients.map((_, i) => `Welcome back, Guest ${i}!`),
    )
    await allAtOnce((userId) => textUpdate(userId, '/order'))
    await allAtOnce((userId) => press(userId, /^o-cat:v1:/))
    expect(
      clients.map(({ userId }) =>
        lastButtons(userId).find((text) => text.startsWith('White bread')),
      ),
    ).toEqual(clients.map((_, i) => `White bread · ${formatMoney(priceOf(i))}`))
    await allAtOnce((userId) => press(userId, new RegExp(`^o-prod:v1:${catalog.bread.id}$`)))
    await allAtOnce((userId, i) => textUpdate(userId, String(i + 1)))
    expect(clients.map(({ userId }) => bot.telegram.sent(userId).at(-1)?.params.text)).toEqual(
      clients.map((_, i) => `Added: White bread × ${i + 1}.\nAdd another product or finish?`),
    )
    for (const pattern of [
      /^o-done:v1$/,
      /^o-skip:v1$/,
      /^o-way:v1:pickup$/,
      /^o-date:v1:/,
      /^o-confirm:v1:/,
    ])
      await allAtOnce((userId) => press(userId, pattern))
    const placed = await bot.payload.find({
      collection: 'orders',
      where: { client: { in: clients.map(({ client }) => client.id) } },
      depth: 0,
      limit: 100,
    })
    expect(new Map(placed.docs.map((order) => [order.client, order.items?.[0].quantity]))).toEqual(
      new Map(clients.map(({ client }, i) => [client.id, i + 1])),
    )
    expect(new Map(placed.docs.map((order) => [order.client, order.total]))).toEqual(
      new Map(clients.map(({ client }, i) => [client.id, (i + 1) * priceOf(i)])),
    )

    await allAtOnce((userId) => textUpdate(userId, '/orders'))
    const numberOf = new Map(placed.docs.map((order) => [order.client, order.number]))
    expect(clients.map(({ userId }) => lastButtons(userId)[0])).toEqual(
      clients.map(({ client }, i) =>
        expect.stringMatching(
          new RegExp(`^#${numberOf.get(client.id)} · .* · ${formatMoney((i + 1) * priceOf(i))}$`),
        ),
      ),
    )
  })

  it('places one order when Confirm is pressed twice at once', async () => {
    const { userId, client } = await registeredClient()
    await bot.converse(userId, textUpdate(userId, '/order'))
    await addToSummary(userId, catalog.bread.id, 5)
    const data = bot.buttons(userId).find((button) => button.startsWith('o-confirm:v1:'))!
    // Both presses read the draft before either takes it: the row is held until both wait to delete it.
    const holder = await bot.payload.db.pool.connect()
    let responses: Response[]
    try {
      await holder.query('begin')
      await holder.query('select key from bot_sessions where key = $1 for update', [
        `order:${userId}`,
      ])
      // Asked on another connection: inside the holder's transaction the activity view would not change.
      const waiting = async () =>
        (
          await bot.payload.db.pool.query(
            `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%delete from bot_sessions%'`,
          )
        ).rows[0].n
      const first = bot.post(callbackUpdate(userId, data))
      while ((await waiting()) < 1) await new Promise((resolve) => setTimeout(resolve, 20))
      const second = bot.post(callbackUpdate(userId, data))
      while ((await waiting()) < 2) await new Promise((resolve) => setTimeout(resolve, 20))
      await holder.query('commit')
      responses = await Promise.all([first, second])
    } finally {
      holder.release()
    }
    expect(responses.map((response) => response.status)).toEqual([200, 200])
    expect(await ordersOf(client.id)).toHaveLength(1)
    expect(
      bot.telegram.sent(userId).filter((call) => String(call.params.text).includes('is placed')),
    ).toHaveLength(1)
  })

  it('gives a chat’s draft to one press only when its presses share one statement', async () => {
    const { userId } = await registeredClient()
    await bot.converse(userId, textUpdate(userId, '/order'))
    // Two Confirms of one chat in the same turn of the event loop go to PostgreSQL together.
    const press = () =>
      ({ payload: bot.payload, chatId: userId, orderDraft: null }) as unknown as BotContext
    expect(await Promise.all([takeDraft(press()), takeDraft(press())])).toEqual([true, false])
    expect(await Promise.all([takeDraft(press()), takeDraft(press())])).toEqual([false, false])
  })

  const draftKey = (userId: number) => `order:${userId}`
  const editDraft = (userId: number, path: string, value: unknown) =>
    bot.payload.db.pool.query(
      `update bot_sessions set value = jsonb_set(value, $2::text[], $3::jsonb) where key = $1`,
      [draftKey(userId), `{${path}}`, JSON.stringify(value)],
    )

  it('asks for the day again when the chosen one is gone by the time Confirm is pressed', async () => {
    const { userId, client } = await registeredClient()
    await bot.converse(userId, textUpdate(userId, '/order'))
    await addToSummary(userId, catalog.bread.id, 10)
    const confirm = press(userId, /^o-confirm:v1:/)
    // Left overnight: the day chosen is no longer among those offered.
    await editDraft(userId, 'rules,daysAhead', 0)
    expect(await bot.converse(userId, confirm)).toEqual([
      'That day can no longer be chosen. Please pick another one.',
      'Which day?',
    ])
    expect(await ordersOf(client.id)).toEqual([])

    // The bakery changed its rules meanwhile: the orders collection refuses, and the draft stays.
    await editDraft(userId, 'rules,daysAhead', 7)
    const settings = await bot.payload.findGlobal({ slug: 'settings' })
    await bot.payload.updateGlobal({
      slug: 'settings',
      data: { deliveryDaysAhead: 1, orderCutoffTime: '00:00' },
    })
    try {
      // The same button pressed again: a new update (a resent one would be handled once).
      expect(
        await bot.converse(userId, callbackUpdate(userId, confirm.callback_query.data)),
      ).toEqual(['The order could not be placed: That day can no longer be chosen', 'Which day?'])
    } finally {
      await bot.payload.updateGlobal({
        slug: 'settings',
        data: {
          deliveryDaysAhead: settings.deliveryDaysAhead,
          orderCutoffTime: settings.orderCutoffTime,
        },
      })
    }
    expect(await ordersOf(client.id)).toEqual([])
    expect(await bot.converse(userId, callbackUpdate(userId, 'o-abort:v1'))).toEqual([
      'The order was not placed.',
    ])
  })

  it('does not bring a cancelled draft back when a step of the same chat was under way', async () => {
    const { userId } = await registeredClient()
    await bot.converse(userId, textUpdate(userId, '/order'))
    await pressAll(userId, /^o-cat:v1:/, new RegExp(`^o-prod:v1:${catalog.bread.id}$`))
    await bot.converse(userId, textUpdate(userId, '10'))
    const holder = await bot.payload.db.pool.connect()
    try {
      await holder.query('begin')
      await holder.query('select key from bot_sessions where key = $1 for update', [
        draftKey(userId),
      ])
      const waiting = async (statement: string) =>
        (
          await bot.payload.db.pool.query(
            `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like $1`,
            [`%${statement}%`],
          )
        ).rows[0].n
      // /cancel deletes first; "Finish", read before the delete, then writes its step.
      const cancel = bot.post(textUpdate(userId, '/cancel'))
      while ((await waiting('delete from bot_sessions')) < 1)
        await new Promise((resolve) => setTimeout(resolve, 20))
      const finish = bot.post(callbackUpdate(userId, 'o-done:v1'))
      while ((await waiting('update bot_sessions s set')) < 1)
        await new Promise((resolve) => setTimeout(resolve, 20))
      await holder.query('commit')
      await Promise.all([cancel, finish])
    } finally {
      holder.release()
    }
    expect(
      (
        await bot.payload.db.pool.query('select key from bot_sessions where key = $1', [
          draftKey(userId),
        ])
      ).rows,
    ).toEqual([])
  })

  it('lets a message through to the help once the draft has been left alone', async () => {
    const { userId } = await registeredClient()
    await bot.converse(userId, textUpdate(userId, '/order'))
    expect(await bot.converse(userId, textUpdate(userId, 'hello'))).toEqual([
      'Please use the buttons above.',
    ])
    await editDraft(userId, 'savedAt', Date.now() - 16 * 60_000)
    const replies = await bot.converse(userId, textUpdate(userId, 'hello'))
    expect(replies).toHaveLength(1)
    expect(replies[0]).not.toBe('Please use the buttons above.')
  })

  it('says so when a product is no longer sold, and when the order is already over', async () => {
    const { userId } = await registeredClient()
    const alerts = async (update: object) => {
      const before = bot.telegram.calls.length
      await bot.converse(userId, update)
      return bot.telegram.calls
        .slice(before)
        .filter((call) => call.method === 'answerCallbackQuery')
        .map((call) => call.params.text)
    }
    expect(await alerts(callbackUpdate(userId, `o-prod:v1:${catalog.bread.id}`))).toEqual([
      'This order is already placed, cancelled or too old. Press /order to start a new one.',
    ])
    await bot.converse(userId, textUpdate(userId, '/order'))
    expect(await alerts(callbackUpdate(userId, `o-prod:v1:${catalog.retired.id}`))).toEqual([
      'This product is no longer sold. Please choose another one.',
    ])
    expect(await bot.converse(userId, textUpdate(userId, '/cancel'))).toEqual([
      'Cancelled. Press /start to begin again.',
    ])
    expect(await alerts(callbackUpdate(userId, 'o-more:v1'))).toEqual([
      'This order is already placed, cancelled or too old. Press /order to start a new one.',
    ])
  })
})

describe('my orders in the bot', () => {
  async function orderFor(clientId: number) {
    return bot.payload.create({
      collection: 'orders',
      data: {
        client: clientId,
        fulfillment: 'pickup',
        deliveryDate: '2026-12-01',
        items: [{ product: catalog.samsa.id, quantity: 20 }],
      },
    })
  }

  it('lists the orders, shows one, and lets the client cancel it only while it is new', async () => {
    const { userId, client } = await registeredClient()
    const first = await orderFor(client.id)
    const second = await orderFor(client.id)
    const [title] = await bot.converse(userId, textUpdate(userId, '/orders'))
    expect(title).toBe('Your recent orders:')
    expect(bot.buttons(userId)).toEqual([
      `my:v1:${second.id}`,
      `my:v1:${first.id}`,
      `repeat:v1:${second.id}`,
    ])

    const [details] = await bot.converse(userId, callbackUpdate(userId, `my:v1:${second.id}`))
    expect(details).toBe(
      `#${second.number} · 2026-12-01 · New · 180 000 so'm\n• Samsa × 20 = 180 000 so'm`,
    )
    expect(await bot.converse(userId, press(userId, /^mycancel:v1:/))).toEqual([
      `Order #${second.number} is cancelled.`,
    ])

    await bot.payload.update({ collection: 'orders', id: first.id, data: { status: 'accepted' } })
    // The button from before the bakery accepted it: the workflow says no, and the client is told why.
    expect(await bot.converse(userId, callbackUpdate(userId, `mycancel:v1:${first.id}`))).toEqual([
      `Order #${first.number} can no longer be cancelled: it is Accepted. Please call the bakery.`,
    ])
    expect((await bot.payload.findByID({ collection: 'orders', id: first.id })).status).toBe(
      'accepted',
    )
  })

  it('refuses another client’s order behind a tampered button', async () => {
    const owner = await registeredClient()
    const order = await orderFor(owner.client.id)
    const { userId } = await registeredClient()
    const before = bot.telegram.calls.length
    await bot.converse(userId, callbackUpdate(userId, `mycancel:v1:${order.id}`))
    expect(bot.telegram.calls.slice(before).map((call) => [call.method, call.params.text])).toEqual(
      [['answerCallbackQuery', 'This order is not in your list.']],
    )
    expect((await bot.payload.findByID({ collection: 'orders', id: order.id })).status).toBe('new')
  })

  it('repeats the last order at today’s prices with one tap', async () => {
    const { userId, client } = await registeredClient()
    await orderFor(client.id)
    await bot.payload.create({
      collection: 'client-prices',
      data: { client: client.id, product: catalog.samsa.id, price: 850000 },
    })
    await bot.converse(userId, textUpdate(userId, '/orders'))
    const replies = await bot.converse(userId, press(userId, /^repeat:v1:/))
    expect(replies).toEqual(['Added: Samsa × 20.\nAdd another product or finish?'])
    await pressAll(userId, /^o-done:v1$/, /^o-skip:v1$/, /^o-way:v1:pickup$/)
    const [summary] = await bot.converse(userId, press(userId, /^o-date:v1:/))
    expect(summary).toMatch(/^• Samsa × 20 = 170 000 so'm\nTotal: 170 000 so'm/)
  })
})

describe('the client’s profile in the bot', () => {
  it('shows the legal details and changes one, checked like in the admin', async () => {
    const { userId, client } = await registeredClient({ inn: null, bankName: null })
    const [card] = await bot.converse(userId, textUpdate(userId, '/profile'))
    expect(card).toContain('INN: —')
    expect(card).toContain(`Organisation: ${client.name}`)
    const replies = await bot.converse(
      userId,
      callbackUpdate(userId, 'pf:v1:inn'),
      textUpdate(userId, '105123456'),
      stickerUpdate(userId),
      textUpdate(userId, ' 305123456 '),
    )
    expect(replies).toEqual([
      'Send the new INN.',
      'The INN is 9 digits and starts with 2–7. Please send it again.',
      'I need a text answer here. Send the new INN.',
      'Saved: INN.',
    ])
    expect((await bot.payload.findByID({ collection: 'clients', id: client.id })).inn).toBe(
      '305123456',
    )
    const before = bot.telegram.calls.length
    await bot.converse(userId, callbackUpdate(userId, 'pf:v1:password'))
    expect(
      bot.telegram.calls.slice(before).map((call) => [call.method, call.params.show_alert]),
    ).toEqual([['answerCallbackQuery', true]])
  })
})
