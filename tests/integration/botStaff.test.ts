import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Product } from '@payload-types'

import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient, makeUser } from '../support/fixtures'
import { unique } from '../support/payload'
import { callbackUpdate, textUpdate } from '../support/telegramUpdates'

const GROUP = -100_900_123
const MANAGER = 7_700_001
const SECOND_MANAGER = 7_700_002
const ACCOUNTANT = 7_700_003
const CUSTOMER = 7_700_004

let bot: BotHarness
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let client: Awaited<ReturnType<typeof makeClient>>
let manager: Awaited<ReturnType<typeof makeUser>>
let username: string
/** A product only this file prices, so other files' catalogs in the shared database do not match. */
let rye: Product

beforeAll(async () => {
  bot = await startBotHarness()
  const { payload } = bot
  catalog = await makeCatalog(payload)
  username = unique('cafe_')
  client = await makeClient(payload, {
    telegramId: CUSTOMER,
    telegramUsername: username,
    language: 'en',
    inn: '312345678',
    phone: '+998905551234',
  })
  rye = await payload.create({
    collection: 'products',
    data: {
      name: unique('Rye '),
      sku: unique('RYE-'),
      category: catalog.category.id,
      unit: 'pcs',
      price: 800000,
    },
  })
  manager = await payload.update({
    collection: 'users',
    id: (await makeUser(payload, 'manager')).id,
    data: { telegramId: MANAGER, name: 'Aziz' },
  })
  const second = await makeUser(payload, 'manager')
  await payload.update({
    collection: 'users',
    id: second.id,
    data: { telegramId: SECOND_MANAGER, name: 'Malika' },
  })
  const accountant = await makeUser(payload, 'accountant')
  await payload.update({ collection: 'users', id: accountant.id, data: { telegramId: ACCOUNTANT } })
})
afterAll(() => bot?.close())

const inGroup = { chatId: GROUP, languageCode: 'en' }
/** What the bot wrote to the staff group in answer to `updates`. */
async function staffSays(...updates: object[]): Promise<string[]> {
  return bot.converse(GROUP, ...updates)
}
const command = (userId: number, text: string) => textUpdate(userId, text, inGroup)
const lastMessage = (chatId: number) =>
  bot.telegram.calls.filter((call) => call.params.chat_id === chatId).at(-1)!
const callbackAnswers = (from: number) =>
  bot.telegram.calls.filter((call) => call.method === 'answerCallbackQuery').slice(-from)

async function newOrder(
  fulfillment: 'delivery' | 'pickup' = 'delivery',
  deliveryDate = '2026-12-01',
) {
  return bot.payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment,
      deliveryDate,
      comment: 'ring twice',
      items: [{ product: catalog.bread.id, quantity: 80 }],
    },
  })
}

describe('order cards in the staff chat', () => {
  it('shows an order with a button per allowed move; a press moves it, edits the card and tells the client', async () => {
    const order = await newOrder()
    const [card] = await staffSays(command(MANAGER, `/order ${order.number}`))
    expect(card.split('\n')).toEqual([
      `Order #${order.number} · New`,
      `Client: ${client.name}`,
      `🚚 Delivery, 2026-12-01`,
      `• White bread × 80 = 640 000 so'm`,
      `Total: 640 000 so'm`,
      'Comment: ring twice',
    ])
    expect(bot.buttons(GROUP)).toEqual([
      `st:v1:${order.id}:new:accepted`,
      `st:v1:${order.id}:new:cancelled`,
    ])

    await staffSays(callbackUpdate(MANAGER, `st:v1:${order.id}:new:accepted`, inGroup))
    expect(callbackAnswers(1)[0].params.text).toBe(`Order #${order.number}: Accepted`)
    const edit = lastMessage(GROUP)
    expect(edit.method).toBe('editMessageText')
    expect(String(edit.params.text).split('\n')[0]).toBe(`Order #${order.number} · Accepted`)

    const stored = await bot.payload.findByID({ collection: 'orders', id: order.id })
    expect(stored.status).toBe('accepted')
    expect(stored.statusHistory?.at(-1)).toMatchObject({
      from: 'new',
      to: 'accepted',
      actor: 'Aziz',
    })
    const told = await bot.payload.find({
      collection: 'outbox',
      where: {
        topic: { equals: 'order.status_changed' },
        'payload.order': { equals: order.id },
        'payload.to': { equals: 'accepted' },
      },
    })
    expect(told.totalDocs).toBe(1)
  })

  it('moves an order once when two staff press at the same moment, and tells the second who was first', async () => {
    const order = await newOrder('pickup')
    const responses = await Promise.all([
      bot.post(callbackUpdate(MANAGER, `st:v1:${order.id}:new:accepted`, inGroup)),
      bot.post(callbackUpdate(SECOND_MANAGER, `st:v1:${order.id}:new:cancelled`, inGroup)),
    ])
    expect(responses.map((response) => response.status)).toEqual([200, 200])
    const stored = await bot.payload.findByID({ collection: 'orders', id: order.id })
    expect(stored.statusHistory).toHaveLength(2)
    const winner = stored.statusHistory!.at(-1)!
    const answers = callbackAnswers(2).map((call) => String(call.params.text))
    const winnerName = winner.to === 'accepted' ? 'Aziz' : 'Malika'
    expect(answers).toContainEqual(
      `Order #${order.number} is already ${winner.to === 'accepted' ? 'Accepted' : 'Cancelled'}: ${winnerName} moved it first. Nothing was changed.`,
    )
  })

  it('refuses a stale card: the order moved on since it was shown', async () => {
    const order = await newOrder()
    await bot.payload.update({
      collection: 'orders',
      id: order.id,
      data: { status: 'accepted' },
      user: manager,
    })
    await staffSays(callbackUpdate(SECOND_MANAGER, `st:v1:${order.id}:new:cancelled`, inGroup))
    expect(callbackAnswers(1)[0].params).toMatchObject({
      text: expect.stringContaining('is already Accepted: Aziz moved it first'),
      show_alert: true,
    })
    expect((await bot.payload.findByID({ collection: 'orders', id: order.id })).status).toBe(
      'accepted',
    )
  })

  it('lets an accountant look but not move an order or change a price', async () => {
    const order = await newOrder()
    await staffSays(callbackUpdate(ACCOUNTANT, `st:v1:${order.id}:new:accepted`, inGroup))
    expect(callbackAnswers(1)[0].params).toMatchObject({
      text: 'Your role may look but not change this.',
      show_alert: true,
    })
    expect((await bot.payload.findByID({ collection: 'orders', id: order.id })).status).toBe('new')
    expect(await staffSays(command(ACCOUNTANT, `/set_price @${username} White bread 1`))).toEqual([
      'Your role may look but not change this.',
    ])
    const [card] = await staffSays(command(ACCOUNTANT, `/order ${order.number}`))
    expect(card).toMatch(`Order #${order.number} · New`)
  })

  it('answers tampered or vanished buttons clearly', async () => {
    await staffSays(callbackUpdate(MANAGER, 'st:v1:999999:new:accepted', inGroup))
    expect(callbackAnswers(1)[0].params).toMatchObject({
      text: 'This order no longer exists.',
      show_alert: true,
    })
    const order = await newOrder()
    await staffSays(callbackUpdate(MANAGER, `st:v1:${order.id}:new:flying`, inGroup))
    expect(callbackAnswers(1)[0].params).toMatchObject({ show_alert: true })
    await staffSays(callbackUpdate(MANAGER, `st:v1:${order.id}:new:delivered`, inGroup))
    expect(callbackAnswers(1)[0].params.text).toMatch(/allowed now: .*accepted/i)
    expect((await bot.payload.findByID({ collection: 'orders', id: order.id })).status).toBe('new')
  })
})

describe('staff commands', () => {
  it('/set_price finds the client by @username or INN and shows the old and the new price', async () => {
    expect(await staffSays(command(MANAGER, `/set_price @${username} ${rye.name} 7500`))).toEqual([
      `${client.name}, ${rye.name}: was 8 000 so'm (base price), now 7 500 so'm from the next order on.`,
    ])
    expect(await staffSays(command(MANAGER, `/set_price 312345678 ${rye.sku} 7000`))).toEqual([
      `${client.name}, ${rye.name}: was 7 500 so'm, now 7 000 so'm from the next order on.`,
    ])
    const order = await bot.payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'pickup',
        deliveryDate: '2026-12-01',
        items: [{ product: rye.id, quantity: 1 }],
      },
    })
    expect(order.items[0].unitPrice).toBe(700_000)
  })

  it('/set_price asks which product when the name matches several', async () => {
    const sesame = await bot.payload.create({
      collection: 'products',
      data: {
        name: 'Bun sesame',
        sku: unique('BS-'),
        category: catalog.category.id,
        unit: 'pcs',
        price: 300000,
      },
    })
    await bot.payload.create({
      collection: 'products',
      data: {
        name: 'Bun poppy',
        sku: unique('BP-'),
        category: catalog.category.id,
        unit: 'pcs',
        price: 300000,
      },
    })
    expect(await staffSays(command(MANAGER, `/set_price @${username} Bun 2500`))).toEqual([
      'Several products match "Bun". Which one?',
    ])
    const choice = bot
      .buttons(GROUP)
      .find((data) => data.startsWith(`sp:v1:${client.id}:${sesame.id}:`))!
    expect(choice).toBe(`sp:v1:${client.id}:${sesame.id}:250000`)
    await staffSays(callbackUpdate(MANAGER, choice, inGroup))
    expect(lastMessage(GROUP)).toMatchObject({
      method: 'editMessageText',
      params: expect.objectContaining({
        text: expect.stringContaining("Bun sesame: was 3 000 so'm (base price), now 2 500 so'm"),
      }),
    })
  })

  it('finds the client by their exact @username, however many others contain it', async () => {
    for (let i = 0; i < 12; i++)
      await makeClient(bot.payload, {
        name: `Aaa ${i} ${username}`,
        telegramUsername: `${username}_${i}`,
        inn: null,
      })
    const [list] = await staffSays(command(MANAGER, `/prices @${username.toUpperCase()}`))
    expect(list).toContain(`Prices for ${client.name} (★ negotiated):`)
  })

  it('/prices lists what the client pays, negotiated prices marked', async () => {
    const [list] = await staffSays(command(MANAGER, `/prices @${username}`))
    expect(list).toContain(`Prices for ${client.name} (★ negotiated):`)
    expect(list).toContain(`★ ${rye.name}: 7 000 so'm (base 8 000 so'm)`)
    expect(list).toContain(`\nSamsa: 9 000 so'm`)
    expect(list).not.toContain('Retired bun')
  })

  it('/client finds a client by name, INN or phone', async () => {
    for (const query of [client.name, '312345678', '+998 90 555 12 34']) {
      const [found] = await staffSays(command(MANAGER, `/client ${query}`))
      expect(found).toContain(client.name)
    }
    expect(await staffSays(command(MANAGER, '/client Nobody Here At All'))).toEqual([
      'No client matches "Nobody Here At All".',
    ])
  })

  it('/orders lists a day’s orders with a button to each card, and /today gives the summary', async () => {
    const order = await newOrder('pickup', '2030-05-05')
    const [title] = await staffSays(command(MANAGER, '/orders 2030-05-05'))
    expect(title).toBe('Orders for 2030-05-05: 1')
    expect(bot.buttons(GROUP)).toEqual([`oc:v1:${order.id}`])
    await staffSays(callbackUpdate(MANAGER, `oc:v1:${order.id}`, inGroup))
    expect(String(lastMessage(GROUP).params.text)).toMatch(`Order #${order.number} · New`)
    expect(await staffSays(command(MANAGER, '/orders 2030-05-06'))).toEqual([
      'No orders for 2030-05-06.',
    ])
    const [today] = await staffSays(command(MANAGER, '/today'))
    expect(today).toMatch(/^(Summary for|No orders for) \d{4}-\d{2}-\d{2}/)
  })

  it.each([
    ['/orders yesterday', 'Usage: /orders'],
    ['/orders 2026-02-30', 'Usage: /orders'],
    ['/order', 'Usage: /order'],
    ['/order abc', 'Usage: /order'],
    ['/order 99999999', 'There is no order #99999999.'],
    ['/set_price', 'Usage: /set_price'],
    ['/set_price @someone 7500', 'Usage: /set_price'],
    ['/set_price @someone White bread -5', 'Usage: /set_price'],
    ['/set_price Vostok White bread 7500', 'Usage: /set_price'],
    ['/set_price @nobody_at_all White bread 7500', 'No client matches "@nobody_at_all".'],
    ['/prices', 'Usage: /prices'],
    ['/prices Vostok', 'Usage: /prices'],
    ['/client', 'Usage: /client'],
    ['/client x', 'Usage: /client'],
  ])('%s is answered with its usage or a clear reason', async (text, answer) => {
    const [reply] = await staffSays(command(MANAGER, text))
    expect(reply.startsWith(answer)).toBe(true)
  })

  it('names a product it cannot find', async () => {
    expect(await staffSays(command(MANAGER, `/set_price @${username} Croissant 5000`))).toEqual([
      'No product matches "Croissant".',
    ])
  })
})

describe('customers and staff commands', () => {
  it.each(['/set_price @x bread 1', '/prices @x', '/client x', '/today'])(
    'a customer gets a plain "not available" for %s',
    async (text) => {
      expect(await bot.converse(CUSTOMER, textUpdate(CUSTOMER, text))).toEqual([
        'This command is not available.',
      ])
    },
  )

  it('a customer pressing a staff button changes nothing', async () => {
    const order = await newOrder()
    await bot.converse(CUSTOMER, callbackUpdate(CUSTOMER, `st:v1:${order.id}:new:accepted`))
    expect(callbackAnswers(1)[0].params).toMatchObject({
      text: 'This command is not available.',
      show_alert: true,
    })
    expect((await bot.payload.findByID({ collection: 'orders', id: order.id })).status).toBe('new')
  })

  it('keeps its customer features to private chats: a stranger in the staff group gets no answer', async () => {
    const before = bot.telegram.calls.length
    await bot.post(textUpdate(7_700_099, 'hello everyone', { chatId: GROUP }))
    await bot.post(textUpdate(MANAGER, 'hello team', inGroup))
    expect(bot.telegram.calls.slice(before)).toEqual([])
  })

  it('still serves a customer their own /orders', async () => {
    const [reply] = await bot.converse(CUSTOMER, textUpdate(CUSTOMER, '/orders'))
    expect(reply).toBe('Your recent orders:')
  })
})
