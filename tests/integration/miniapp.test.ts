import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { type FakeStripe, startFakeStripe } from '../support/fakeStripe'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { type InitDataUser, signInitData, tma } from '../support/initData'
import { login } from '../support/restServer'

let bot: BotHarness
let stripe: FakeStripe
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let staff: Record<string, string>
let day: string
// Telegram users of this file only: other files' bots count from other numbers.
let nextUser = 71_000_000
const newUser = (extra: Partial<InitDataUser> = {}): InitDataUser => ({
  id: nextUser++,
  first_name: 'Malika',
  last_name: 'Karimova',
  username: 'malika_k',
  language_code: 'en',
  ...extra,
})

beforeAll(async () => {
  stripe = await startFakeStripe('whsec_miniapp')
  Object.assign(process.env, {
    MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-miniapp-media-')),
    STRIPE_SECRET_KEY: 'sk_test_tandir',
    STRIPE_WEBHOOK_SECRET: 'whsec_miniapp',
    STRIPE_API_BASE: stripe.apiBase,
  })
  bot = await startBotHarness()
  catalog = await makeCatalog(bot.payload)
  const manager = await makeUser(bot.payload, 'manager')
  staff = await login(bot.apiUrl, manager.email, PASSWORD)
  day = (await call(newUser(), 'GET', 'me')).json.ordering.days[0]
})
afterAll(async () => {
  await bot?.close()
  await stripe?.close()
  fs.rmSync(process.env.MEDIA_DIR!, { recursive: true, force: true })
  for (const name of ['MEDIA_DIR', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_BASE'])
    delete process.env[name]
})

type Json = any

/** A Mini App call as `user` (init data signed now with the test bot's token), or with `header`. */
async function call(
  user: InitDataUser | { header: string | null },
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Json; headers: Headers }> {
  const header = 'header' in user ? user.header : tma(signInitData(user)).authorization
  const response = await fetch(`${bot.apiUrl}/miniapp/${path}`, {
    method,
    headers: {
      ...(header === null ? {} : { authorization: header }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: await response.json(), headers: response.headers }
}

const refusal = (answer: { json: Json }) => answer.json.errors[0]
const cart = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  items,
  fulfillment: 'pickup',
  deliveryDate: day,
  ...extra,
})

describe('who is calling: init data in Authorization: tma', () => {
  const me = (header: string | null) => call({ header }, 'GET', 'me')

  it('refuses a call without it, or with another scheme, with 401 and the reason', async () => {
    for (const header of [null, `Bearer ${signInitData(newUser())}`]) {
      const answer = await me(header)
      expect([answer.status, refusal(answer).code]).toEqual([401, 'auth-missing'])
    }
  })

  it('refuses a forged hash, another bot’s valid hash and a tampered user', async () => {
    const user = newUser()
    const signed = signInitData(user)
    const forged = signed.replace(/hash=[0-9a-f]+/, `hash=${'0'.repeat(64)}`)
    const otherBot = signInitData(user, { token: '456:ANOTHER-BOT' })
    const tampered = signed.replace(`%22id%22%3A${user.id}`, `%22id%22%3A${user.id + 1}`)
    expect(tampered).not.toBe(signed)
    for (const data of [forged, otherBot, tampered]) {
      const answer = await me(`tma ${data}`)
      expect([answer.status, refusal(answer).code]).toEqual([401, 'auth-forged'])
      expect(refusal(answer).message).toMatch(/not signed by Telegram for this bot/)
    }
  })

  it('refuses init data older than 24 hours, and data naming no user', async () => {
    const old = signInitData(newUser({ language_code: 'ru' }), {
      authDate: new Date(Date.now() - 25 * 3600_000),
    })
    const expired = await me(`tma ${old}`)
    expect([expired.status, refusal(expired).code]).toEqual([401, 'auth-expired'])
    expect(refusal(expired).message).toMatch(/Вход через Telegram устарел/)
    const anonymous = await me(`tma ${signInitData(null)}`)
    expect([anonymous.status, refusal(anonymous).code]).toEqual([401, 'auth-no-user'])
  })

  it('limits each user to a burst of 30 calls, then answers 429 with Retry-After', async () => {
    const user = newUser()
    // All at once: the bucket refills 5 a second, so one after another would outlast it.
    const answers = await Promise.all(Array.from({ length: 40 }, () => call(user, 'GET', 'me')))
    const ok = answers.filter((answer) => answer.status === 200)
    const limited = answers.filter((answer) => answer.status === 429)
    expect(ok.length).toBeGreaterThanOrEqual(30)
    expect(ok.length + limited.length).toBe(40)
    expect(limited.length).toBeGreaterThan(0)
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(refusal(limited[0]).code).toBe('rate-limited')
    // Another user is not slowed down by this one.
    expect((await call(newUser(), 'GET', 'me')).status).toBe(200)
  })
})

describe('onboarding', () => {
  it('makes a first-time customer an individual client, in the language Telegram gave', async () => {
    const user = newUser({ language_code: 'uz' })
    const first = await call(user, 'GET', 'me')
    expect(first.status).toBe(200)
    expect(first.json.client).toMatchObject({
      name: 'Malika Karimova',
      kind: 'individual',
      status: 'active',
      language: 'uz',
    })
    expect(first.json.refusal).toBeNull()
    expect(first.json.ordering.days.length).toBeGreaterThan(0)
    const again = await call(user, 'GET', 'me')
    expect(again.json.client.id).toBe(first.json.client.id)
    const stored = await bot.payload.findByID({ collection: 'clients', id: first.json.client.id })
    expect(stored).toMatchObject({ telegramId: user.id, telegramUsername: 'malika_k' })
  })

  it('makes the new client pending when the settings say so, and tells the staff', async () => {
    await bot.payload.updateGlobal({ slug: 'settings', data: { newClientStatus: 'pending' } })
    try {
      const user = newUser({ username: 'waiting_one' })
      const me = await call(user, 'GET', 'me')
      expect(me.json.client.status).toBe('pending')
      expect(me.json.refusal).toMatchObject({ code: 'client-pending' })
      const { rows } = await sqlDatabase(bot.payload).execute<{ text: string }>(
        sql`select payload->>'text' as text from outbox where topic = 'staff.message' order by id desc limit 1`,
      )
      expect(rows[0].text).toContain('@waiting_one')
    } finally {
      await bot.payload.updateGlobal({ slug: 'settings', data: { newClientStatus: 'active' } })
    }
  })

  it('finds a business client registered in the bot by the same Telegram id', async () => {
    const user = newUser()
    const business = await makeClient(bot.payload, { telegramId: user.id, language: 'ru' })
    const me = await call(user, 'GET', 'me')
    expect(me.json.client).toMatchObject({ id: business.id, kind: 'business', language: 'ru' })
  })

  it('lets a pending or blocked client browse but not order, saying why', async () => {
    for (const status of ['pending', 'blocked'] as const) {
      const user = newUser()
      await makeClient(bot.payload, { telegramId: user.id, status, language: 'en' })
      const me = await call(user, 'GET', 'me')
      expect(me.json.refusal.code).toBe(`client-${status}`)
      expect((await call(user, 'GET', 'catalog')).status).toBe(200)
      const order = await call(
        user,
        'POST',
        'orders',
        cart([{ product: catalog.bread.id, quantity: 1 }]),
      )
      expect([order.status, refusal(order).code]).toEqual([403, `client-${status}`])
      expect(refusal(order).message).toBe(me.json.refusal.message)
    }
  })
})

describe('the catalog', () => {
  it('shows what is on sale at the caller’s own price', async () => {
    const user = newUser()
    const business = await makeClient(bot.payload, { telegramId: user.id })
    await bot.payload.create({
      collection: 'client-prices',
      data: { client: business.id, product: catalog.bread.id, price: 750000 },
    })
    const own = (await call(user, 'GET', 'catalog')).json
    const retail = (await call(newUser(), 'GET', 'catalog')).json
    const bread = (answer: Json) => answer.products.find((p: Json) => p.id === catalog.bread.id)
    expect(bread(own)).toMatchObject({ price: 750000, basePrice: 800000, negotiated: true })
    expect(bread(retail)).toMatchObject({ price: 800000, negotiated: false, minQuantity: 1 })
    expect(retail.products.find((p: Json) => p.id === catalog.samsa.id).minQuantity).toBe(10)
    expect(retail.products.some((p: Json) => p.id === catalog.retired.id)).toBe(false)
    expect(retail.categories).toContainEqual({
      id: catalog.category.id,
      name: catalog.category.name,
    })
    expect(retail.currency).toBe('UZS')
  })
  it('gives a product’s photo and its resized copies as URLs the page can load', async () => {
    const { default: sharp } = await import('sharp')
    const png = await sharp({
      create: { width: 600, height: 400, channels: 3, background: '#c08040' },
    })
      .png()
      .toBuffer()
    const photo = await bot.payload.create({
      collection: 'media',
      data: { alt: 'Samsa on a tray' },
      file: { data: png, mimetype: 'image/png', name: 'samsa.png', size: png.length },
    })
    await bot.payload.update({
      collection: 'products',
      id: catalog.samsa.id,
      data: { photo: photo.id },
    })
    const { products } = (await call(newUser(), 'GET', 'catalog')).json
    const samsa = products.find((p: Json) => p.id === catalog.samsa.id)
    expect(samsa.photo.url).toBe(`/api/media/file/${photo.filename}`)
    expect(Object.keys(samsa.photo.sizes).sort()).toEqual(['detail', 'list', 'thumbnail'])
    const tile = await fetch(`${bot.apiUrl}${samsa.photo.sizes.list.slice('/api'.length)}`)
    expect([tile.status, tile.headers.get('content-type')]).toEqual([200, 'image/webp'])
    expect(products.find((p: Json) => p.id === catalog.bread.id).photo).toBeNull()
  })
})

describe('placing an order', () => {
  it('creates it as the client through the orders collection, with server prices', async () => {
    const user = newUser()
    const placed = await call(user, 'POST', 'orders', {
      ...cart([
        { product: catalog.bread.id, quantity: 2, unitPrice: 1 },
        { product: catalog.samsa.id, quantity: 10 },
      ]),
      fulfillment: 'delivery',
      deliveryAddress: 'Chilonzor 9, 12',
      location: { latitude: 41.2856, longitude: 69.2034 },
      comment: 'Ring twice',
      client: 1,
    })
    expect(placed.status).toBe(201)
    const { order } = placed.json
    expect(order).toMatchObject({
      status: 'new',
      source: 'miniapp',
      total: 2 * 800000 + 10 * 900000,
      deliveryDate: day,
      comment: 'Ring twice',
      canCancel: true,
      canPay: true,
    })
    expect(order.items[0]).toMatchObject({ productName: 'White bread', unitPrice: 800000 })
    expect(order.deliveryAddress).toBe(
      'Chilonzor 9, 12\nhttps://maps.google.com/?q=41.285600,69.203400',
    )
    const me = (await call(user, 'GET', 'me')).json
    const stored = await bot.payload.findByID({ collection: 'orders', id: order.id, depth: 0 })
    expect(stored.client).toBe(me.client.id)
    expect(stored.statusHistory?.[0]?.actor).toBe('client')
    // Staff get the same new-order card as for the bot's orders: the outbox has it.
    const { rows } = await sqlDatabase(bot.payload).execute(
      sql`select topic from outbox where payload->>'order' = ${String(order.id)}`,
    )
    expect(rows).toContainEqual({ topic: 'order.status_changed' })
  })

  it.each([
    [
      'an inactive product',
      () => [{ product: catalog.retired.id, quantity: 1 }],
      'items.0.product',
      /Retired bun/,
    ],
    [
      'an unknown product',
      () => [{ product: 987654321, quantity: 1 }],
      'items.0.product',
      /987654321/,
    ],
    [
      'a quantity below the minimum',
      () => [{ product: catalog.samsa.id, quantity: 2 }],
      'items.0.quantity',
      /minimum is 10/,
    ],
  ])('refuses %s, naming the line', async (_, items, field, message) => {
    const answer = await call(newUser(), 'POST', 'orders', cart(items()))
    expect([answer.status, refusal(answer).field]).toEqual([400, field])
    expect(refusal(answer).message).toMatch(message)
  })

  it('refuses a day not offered, an empty cart, 1,000 lines and a delivery with no address', async () => {
    const bread = { product: catalog.bread.id, quantity: 1 }
    const past = await call(
      newUser(),
      'POST',
      'orders',
      cart([bread], { deliveryDate: '2020-01-06' }),
    )
    expect([past.status, refusal(past).code, refusal(past).field]).toEqual([
      400,
      'day-not-offered',
      'deliveryDate',
    ])
    const empty = await call(newUser({ language_code: 'uz' }), 'POST', 'orders', cart([]))
    expect([empty.status, refusal(empty).code]).toEqual([400, 'empty-cart'])
    expect(refusal(empty).message).toMatch(/Savat bo'sh/)
    const huge = await call(newUser(), 'POST', 'orders', cart(Array(1000).fill(bread)))
    expect([huge.status, refusal(huge).code, refusal(huge).field]).toEqual([
      400,
      'too-many-lines',
      'items',
    ])
    const nowhere = await call(
      newUser(),
      'POST',
      'orders',
      cart([bread], { fulfillment: 'delivery' }),
    )
    expect([nowhere.status, refusal(nowhere).code]).toEqual([400, 'address-needed'])
    for (const body of [null, { items: 'bread' }, cart([{ product: 'x', quantity: 1 }])]) {
      const bad = await call(newUser(), 'POST', 'orders', body)
      expect(bad.status).toBe(400)
    }
  })
})

describe('my orders', () => {
  async function placed(user: InitDataUser) {
    const answer = await call(
      user,
      'POST',
      'orders',
      cart([{ product: catalog.bread.id, quantity: 3 }]),
    )
    expect(answer.status).toBe(201)
    return answer.json.order
  }

  it('lists, shows, repeats and cancels the caller’s own orders', async () => {
    const user = newUser()
    const order = await placed(user)
    const list = await call(user, 'GET', 'orders')
    expect(list.json.orders.map((o: Json) => o.id)).toEqual([order.id])
    expect((await call(user, 'GET', `orders/${order.id}`)).json.order.number).toBe(order.number)
    const repeat = await call(user, 'POST', `orders/${order.id}/repeat`)
    expect(repeat.json).toEqual({
      items: [{ product: catalog.bread.id, quantity: 3 }],
      unavailable: [],
    })
    const cancelled = await call(user, 'POST', `orders/${order.id}/cancel`)
    expect(cancelled.json.order).toMatchObject({
      status: 'cancelled',
      canCancel: false,
      canPay: false,
    })
    const again = await call(user, 'POST', `orders/${order.id}/cancel`)
    expect([again.status, refusal(again).code]).toEqual([409, 'not-cancellable'])
  })

  it('answers another client’s order id as not found, revealing nothing', async () => {
    const order = await placed(newUser())
    const stranger = newUser()
    for (const [method, path] of [
      ['GET', `orders/${order.id}`],
      ['POST', `orders/${order.id}/cancel`],
      ['POST', `orders/${order.id}/repeat`],
      ['POST', `orders/${order.id}/pay`],
      ['GET', 'orders/99999999'],
      ['GET', 'orders/abc'],
    ]) {
      const answer = await call(stranger, method, path)
      expect([path, answer.status, refusal(answer)]).toEqual([
        path,
        404,
        { code: 'order-not-found', message: 'Order not found.' },
      ])
    }
    expect((await call(stranger, 'GET', 'orders')).json.orders).toEqual([])
  })

  it('gives a card payment link for what is owed, and refuses a cancelled or paid order', async () => {
    const user = newUser()
    const order = await placed(user)
    const pay = await call(user, 'POST', `orders/${order.id}/pay`)
    expect(pay.status).toBe(200)
    expect(pay.json).toMatchObject({ amount: 3 * 800000, currency: 'UZS' })
    expect(pay.json.url).toMatch(/^https:\/\/checkout\.stripe\.test\//)
    // Paid in cash meanwhile: nothing left to pay.
    const paid = await placed(user)
    const cash = await fetch(`${bot.apiUrl}/payments/manual`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({
        order: paid.id,
        provider: 'cash',
        amount: paid.total,
        requestId: `miniapp-cash-${paid.id}`,
      }),
    })
    expect(cash.status).toBe(200)
    const twice = await call(user, 'POST', `orders/${paid.id}/pay`)
    expect([twice.status, refusal(twice).code]).toEqual([409, 'already-paid'])
    await call(user, 'POST', `orders/${order.id}/cancel`)
    const cancelled = await call(user, 'POST', `orders/${order.id}/pay`)
    expect([cancelled.status, refusal(cancelled).code]).toEqual([409, 'order-cancelled'])
  })
})
