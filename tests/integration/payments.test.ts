import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Api } from 'grammy'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { type FakeStripe, startFakeStripe } from '../support/fakeStripe'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { login, type RestServer, startRestServer } from '../support/restServer'
import { callbackUpdate } from '../support/telegramUpdates'

const WEBHOOK_SECRET = 'whsec_test_secret'
let bot: BotHarness
let stripe: FakeStripe
let rest: RestServer
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let manager: Awaited<ReturnType<typeof makeUser>>
let nextChat = 9_600_000
const auth: Record<string, Record<string, string>> = {}

beforeAll(async () => {
  stripe = await startFakeStripe(WEBHOOK_SECRET)
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: 'sk_test_tandir',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: stripe.apiBase,
    STRIPE_TIMEOUT_MS: '500',
  })
  bot = await startBotHarness()
  rest = await startRestServer()
  catalog = await makeCatalog(bot.payload)
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { onlinePayment: 'after_accept', adminChatId: null },
  })
  manager = await makeUser(bot.payload, 'manager')
  for (const role of ['manager', 'accountant'] as const) {
    const user = role === 'manager' ? manager : await makeUser(bot.payload, role)
    auth[role] = await login(rest.url, user.email, PASSWORD)
  }
})
afterAll(async () => {
  await bot?.payload.updateGlobal({ slug: 'settings', data: { onlinePayment: 'off' } })
  await rest?.close()
  await bot?.close()
  await stripe?.close()
  for (const name of [
    'STRIPE_SECRET_KEY',
    'STRIPE_WEBHOOK_SECRET',
    'STRIPE_API_BASE',
    'STRIPE_TIMEOUT_MS',
  ])
    delete process.env[name]
})

const drain = () =>
  createOutboxDispatcher({
    payload: bot.payload,
    api: new Api('123:TEST', { apiRoot: bot.telegram.apiRoot }),
  }).drain()

/** A client with an order of 12 loaves (96 000 so'm) that staff accepted. */
async function acceptedOrder() {
  const chatId = nextChat++
  const client = await makeClient(bot.payload, { telegramId: chatId, language: 'en' })
  const created = await bot.payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'pickup',
      deliveryDate: '2026-12-01',
      items: [{ product: catalog.bread.id, quantity: 12 }],
    },
  })
  const order = await bot.payload.update({
    collection: 'orders',
    id: created.id,
    data: { status: 'accepted' },
    user: manager,
  })
  return { chatId, client, order }
}

async function postEvent(body: string, signature: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (signature !== null) headers['stripe-signature'] = signature
  return fetch(`${rest.url}/stripe/webhook`, { method: 'POST', headers, body })
}

async function send(type: string, object: Record<string, unknown>, id?: string) {
  const { body, signature } = stripe.event(type, object, { id })
  const response = await postEvent(body, signature)
  return response.status
}

const orderOf = (id: number) => bot.payload.findByID({ collection: 'orders', id })
const transactions = async (orderId: number) =>
  (
    await bot.payload.find({
      collection: 'transactions',
      where: { order: { equals: orderId } },
      sort: 'id',
      pagination: false,
    })
  ).docs

/** The Checkout Session the fake Stripe holds for an order. */
const sessionOf = (orderId: number) =>
  [...stripe.sessions.values()].find(
    (s) => (s.metadata as { order: string }).order === String(orderId),
  )!

/** An accepted order whose client pressed Pay and paid on Stripe's page (no webhook sent yet). */
async function paidOnStripe() {
  const accepted = await acceptedOrder()
  await pressPay(accepted.chatId, accepted.order.id)
  return { ...accepted, paid: stripe.pay(sessionOf(accepted.order.id).id as string) }
}

/** The client presses Pay under the accepted-order message and gets a Checkout link. */
async function pressPay(chatId: number, orderId: number) {
  await drain()
  const [payData] = bot.buttons(chatId)
  expect(payData).toBe(`pay:v1:${orderId}`)
  return bot.converse(chatId, callbackUpdate(chatId, payData))
}

describe('paying an order by card', () => {
  it('offers a pay button once staff accept, takes the payment on Stripe and sends a receipt', async () => {
    const { chatId, order } = await acceptedOrder()
    expect(await pressPay(chatId, order.id)).toEqual([
      `Order #${order.number}: 96 000 so'm. Press the button to pay by card.`,
    ])
    const [link] = bot.buttons(chatId)
    expect(link).toBeUndefined() // a URL button carries no callback data
    const create = stripe.calls.find(
      (call) =>
        call.path === '/v1/checkout/sessions' &&
        (call.body.metadata as { order: string }).order === String(order.id),
    )!
    expect(create.idempotencyKey).toBe(`checkout:${order.id}:0`)
    expect(create.body).toMatchObject({
      mode: 'payment',
      client_reference_id: String(order.id),
      line_items: [
        {
          quantity: '12',
          price_data: {
            currency: 'uzs',
            unit_amount: '800000',
            product_data: { name: 'White bread' },
          },
        },
      ],
    })
    expect((await orderOf(order.id)).paymentStatus).toBe('pending')

    const sessionId = sessionOf(order.id).id as string
    expect(await send('checkout.session.completed', stripe.pay(sessionId))).toBe(200)
    expect((await orderOf(order.id)).paymentStatus).toBe('paid')
    const [payment] = await transactions(order.id)
    expect(payment).toMatchObject({
      provider: 'stripe',
      kind: 'payment',
      status: 'succeeded',
      amount: 9_600_000,
      externalId: sessionId,
    })
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      `Payment for order #${order.number} received. Thank you!`,
    )
  })

  it('tells the client to try again when Stripe fails or times out, and the next press works', async () => {
    const { chatId, order } = await acceptedOrder()
    // One call plus the client's two automatic retries.
    stripe.failNext('/v1/checkout/sessions', 500, 3)
    expect(await pressPay(chatId, order.id)).toEqual([
      'Card payment is not answering right now. Please press Pay again in a minute.',
    ])
    stripe.failNext('/v1/checkout/sessions', 'timeout', 3)
    expect(await bot.converse(chatId, callbackUpdate(chatId, `pay:v1:${order.id}`))).toEqual([
      'Card payment is not answering right now. Please press Pay again in a minute.',
    ])
    expect(await bot.converse(chatId, callbackUpdate(chatId, `pay:v1:${order.id}`))).toEqual([
      `Order #${order.number}: 96 000 so'm. Press the button to pay by card.`,
    ])
    expect((await transactions(order.id)).filter((t) => t.status === 'pending')).toHaveLength(1)
  })

  it('refuses a pay button for someone else’s order and for a paid one', async () => {
    const { order } = await acceptedOrder()
    const stranger = nextChat++
    await makeClient(bot.payload, { telegramId: stranger, language: 'en' })
    await bot.converse(stranger, callbackUpdate(stranger, `pay:v1:${order.id}`))
    expect(bot.telegram.calls.at(-1)?.params).toMatchObject({
      text: 'This order is not in your list.',
      show_alert: true,
    })
  })

  it('answers an old pay button of an order cancelled since without making a link', async () => {
    const { chatId, order } = await acceptedOrder()
    await drain()
    await bot.payload.update({ collection: 'orders', id: order.id, data: { status: 'cancelled' } })
    const sessions = stripe.sessions.size
    expect(await bot.converse(chatId, callbackUpdate(chatId, `pay:v1:${order.id}`))).toEqual([
      `Order #${order.number} is cancelled: there is nothing to pay.`,
    ])
    expect(stripe.sessions.size).toBe(sessions)
    expect(await transactions(order.id)).toEqual([])
  })
})

describe('POST /api/stripe/webhook', () => {
  it('refuses a missing, wrong or expired signature with 400 and writes nothing', async () => {
    const { body, signature, event } = stripe.event('checkout.session.completed', {
      id: 'cs_nothing',
      object: 'checkout.session',
    })
    const old = stripe.event(
      'checkout.session.completed',
      { id: 'cs_nothing' },
      { timestamp: Math.floor(Date.now() / 1000) - 3600 },
    )
    const forged = stripe.event(
      'checkout.session.completed',
      { id: 'cs_nothing' },
      { secret: 'whsec_someone_else' },
    )
    expect((await postEvent(body, null)).status).toBe(400)
    expect((await postEvent(body.replace('cs_nothing', 'cs_other'), signature)).status).toBe(400)
    expect((await postEvent(old.body, old.signature)).status).toBe(400)
    expect((await postEvent(forged.body, forged.signature)).status).toBe(400)
    const stored = await bot.payload.find({
      collection: 'stripe-events',
      where: { eventId: { in: [event.id, old.event.id, forged.event.id] } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('has exactly one effect when each event arrives 10 times at once', async () => {
    const { order, paid } = await paidOnStripe()
    const intent = paid.payment_intent as string
    const completed = stripe.event('checkout.session.completed', paid)
    const codes = await Promise.all(
      Array.from({ length: 10 }, () =>
        postEvent(completed.body, completed.signature).then((r) => r.status),
      ),
    )
    expect(codes).toEqual(Array(10).fill(200))
    const refund = stripe.refundInDashboard(intent, 1_000_000)
    const refunded = stripe.event('charge.refunded', {
      id: stripe.intent(intent).latest_charge,
      object: 'charge',
      payment_intent: intent,
    })
    const updated = stripe.event('refund.updated', refund)
    const disputed = stripe.event('charge.dispute.created', {
      id: 'dp_1',
      object: 'dispute',
      payment_intent: intent,
      amount: 9_600_000,
      reason: 'fraudulent',
    })
    // Both events of one refund at once, ten times each; then the dispute.
    for (const events of [[refunded, updated], [disputed]]) {
      await Promise.all(
        events.flatMap((event) =>
          Array.from({ length: 10 }, () => postEvent(event.body, event.signature)),
        ),
      )
    }
    const rows = await transactions(order.id)
    expect(rows.map((t) => [t.kind, t.status, t.amount])).toEqual([
      ['payment', 'disputed', 9_600_000],
      ['refund', 'succeeded', 1_000_000],
    ])
    expect((await orderOf(order.id)).paymentStatus).toBe('disputed')
    const alerts = await bot.payload.find({
      collection: 'outbox',
      where: { topic: { equals: 'staff.payment_disputed' }, 'payload.order': { equals: order.id } },
    })
    expect(alerts.totalDocs).toBe(1)
    const told = await bot.payload.find({
      collection: 'outbox',
      where: { topic: { equals: 'payment.changed' }, 'payload.order': { equals: order.id } },
      sort: 'id',
      pagination: false,
    })
    expect(told.docs.map((row) => (row.payload as { to: string }).to)).toEqual([
      'pending',
      'paid',
      'partially_refunded',
      'disputed',
    ])
  })

  it('ends right when a refund arrives before the payment it refunds', async () => {
    const { order, paid } = await paidOnStripe()
    const refund = stripe.refundInDashboard(paid.payment_intent as string, 4_800_000)
    expect(await send('refund.updated', refund)).toBe(200)
    expect(await send('checkout.session.completed', paid)).toBe(200)
    expect((await orderOf(order.id)).paymentStatus).toBe('partially_refunded')
  })

  it('stores and flags an event for an order it does not know, answering 200', async () => {
    const { event, body, signature } = stripe.event('checkout.session.completed', {
      id: 'cs_foreign',
      object: 'checkout.session',
      payment_status: 'paid',
      metadata: { order: '99999999' },
      amount_total: 100,
    })
    expect((await postEvent(body, signature)).status).toBe(200)
    const [stored] = (
      await bot.payload.find({
        collection: 'stripe-events',
        where: { eventId: { equals: event.id } },
      })
    ).docs
    expect(stored).toMatchObject({
      status: 'flagged',
      error: 'no order of ours in the Checkout Session',
    })
  })

  it('answers 500 when processing fails, lists the event, and processes it again on request', async () => {
    const { paid } = await paidOnStripe()
    await send('checkout.session.completed', paid)
    stripe.refundInDashboard(paid.payment_intent as string, 9_600_000)
    stripe.failNext('/v1/refunds', 500, 3)
    const { event, body, signature } = stripe.event('charge.refunded', {
      id: 'ch_x',
      object: 'charge',
      payment_intent: paid.payment_intent,
    })
    expect((await postEvent(body, signature)).status).toBe(500)
    const [failed] = (
      await bot.payload.find({
        collection: 'stripe-events',
        where: { eventId: { equals: event.id } },
      })
    ).docs
    expect(failed).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/Something went wrong/),
    })
    // Only the status is staff's to change: a made-up event is not stored over Stripe's.
    const forged = {
      ...(failed.payload as object),
      id: 'evt_forged',
      type: 'checkout.session.completed',
    }
    await bot.payload.update({
      collection: 'stripe-events',
      id: failed.id,
      data: { status: 'pending', payload: forged, eventId: 'evt_forged' },
      user: manager,
      overrideAccess: false,
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    const again = await bot.payload.findByID({ collection: 'stripe-events', id: failed.id })
    expect(again).toMatchObject({
      status: 'processed',
      eventId: event.id,
      type: 'charge.refunded',
      payload: failed.payload,
    })
  })
})

describe('refunds and manual payments from the admin', () => {
  const post = (path: string, role: 'manager' | 'accountant', body: object) =>
    fetch(`${rest.url}/payments/${path}`, {
      method: 'POST',
      headers: auth[role],
      body: JSON.stringify(body),
    })

  it('refunds part of a card payment once however often the button is pressed, within what is refundable', async () => {
    const { order, chatId, paid } = await paidOnStripe()
    await send('checkout.session.completed', paid)
    const request = {
      order: order.id,
      amount: 4_800_000,
      reason: 'returned half',
      requestId: `refund-${order.id}-a`,
    }
    const responses = await Promise.all([
      post('refund', 'manager', request),
      post('refund', 'manager', request),
    ])
    expect(responses.map((r) => r.status)).toEqual([200, 200])
    expect((await transactions(order.id)).filter((t) => t.kind === 'refund')).toHaveLength(1)
    expect((await orderOf(order.id)).paymentStatus).toBe('partially_refunded')

    const tooMuch = await post('refund', 'manager', {
      ...request,
      amount: 4_800_001,
      requestId: `refund-${order.id}-b`,
    })
    expect(tooMuch.status).toBe(400)
    expect(await tooMuch.json()).toEqual({
      errors: [{ field: 'amount', message: "At most 48 000 so'm can still be refunded" }],
    })
    expect(
      (await post('refund', 'accountant', { ...request, requestId: `refund-${order.id}-c` }))
        .status,
    ).toBe(403)
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      `Part of the payment for order #${order.number} was refunded.`,
    )
  })

  it('records a bank transfer or cash received, by whom, and the order is paid', async () => {
    const { order } = await acceptedOrder()
    const response = await post('manual', 'accountant', {
      order: order.id,
      provider: 'bank_transfer',
      amount: 9_600_000,
      reference: 'PP-1042',
      requestId: `manual-${order.id}`,
    })
    expect(response.status).toBe(200)
    const [payment] = await transactions(order.id)
    expect(payment).toMatchObject({
      provider: 'bank_transfer',
      status: 'succeeded',
      amount: 9_600_000,
      reference: 'PP-1042',
    })
    expect(payment.recordedBy).toBeTruthy()
    expect((await orderOf(order.id)).paymentStatus).toBe('paid')
    const cashBack = await post('refund', 'manager', {
      order: order.id,
      amount: 9_600_000,
      reason: 'order returned',
      requestId: `cash-back-${order.id}`,
    })
    expect(cashBack.status).toBe(200)
    expect((await orderOf(order.id)).paymentStatus).toBe('refunded')
  })

  it.each([
    [{}, 'order'],
    [{ order: 'x' }, 'order'],
    [{ order: 1, provider: 'bitcoin', amount: 1, requestId: 'abcdefgh' }, 'provider'],
    [{ order: 1, provider: 'cash', amount: -5, requestId: 'abcdefgh' }, 'amount'],
    [{ order: 1, provider: 'cash', amount: 1.5, requestId: 'abcdefgh' }, 'amount'],
    [{ order: 1, provider: 'cash', amount: 100, requestId: 'x' }, 'requestId'],
  ])('answers bad input %p with 400 naming %s', async (body, field) => {
    const response = await post('manual', 'accountant', body)
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].field).toBe(field)
  })

  it('asks by card only for what a bank transfer left to pay, and the order ends paid', async () => {
    const { chatId, order } = await acceptedOrder()
    expect(
      (
        await post('manual', 'accountant', {
          order: order.id,
          provider: 'bank_transfer',
          amount: 5_000_000,
          reference: 'PP-7',
          requestId: `partial-${order.id}`,
        })
      ).status,
    ).toBe(200)
    expect(await pressPay(chatId, order.id)).toEqual([
      `Order #${order.number}: 46 000 so'm. Press the button to pay by card.`,
    ])
    const create = stripe.calls.find(
      (call) =>
        call.path === '/v1/checkout/sessions' &&
        (call.body.metadata as { order: string }).order === String(order.id),
    )!
    expect(create.body.line_items).toEqual([
      {
        quantity: '1',
        price_data: {
          currency: 'uzs',
          unit_amount: '4600000',
          product_data: { name: `Balance of order #${order.number}` },
        },
      },
    ])
    expect(
      await send('checkout.session.completed', stripe.pay(sessionOf(order.id).id as string)),
    ).toBe(200)
    expect((await orderOf(order.id)).paymentStatus).toBe('paid')

    // Refunds go back the way the money came, each through a payment that covers it.
    const refund = (amount: number, id: string) =>
      post('refund', 'manager', {
        order: order.id,
        amount,
        reason: 'returned',
        requestId: `${id}-${order.id}`,
      })
    stripe.failNext('/v1/refunds', 500, 3)
    const refused = await refund(4_600_000, 'card-down')
    expect(refused.status).toBe(502)
    expect((await refused.json()).errors[0].message).toMatch(/^Stripe refused the refund/)
    expect((await refund(4_600_000, 'card-back')).status).toBe(200)
    expect((await refund(5_000_000, 'bank-back')).status).toBe(200)
    expect((await refund(1, 'one-more')).status).toBe(400)
    const refunds = (await transactions(order.id)).filter((t) => t.kind === 'refund')
    expect(refunds.map((t) => [t.provider, t.amount])).toEqual([
      ['stripe', 4_600_000],
      ['bank_transfer', 5_000_000],
    ])
    expect((await orderOf(order.id)).paymentStatus).toBe('refunded')
  })

  it('closes the first card link when a transfer pays part, so the client cannot pay both', async () => {
    const { chatId, order } = await acceptedOrder()
    await pressPay(chatId, order.id)
    const first = sessionOf(order.id)
    expect(
      (
        await post('manual', 'accountant', {
          order: order.id,
          provider: 'bank_transfer',
          amount: 5_000_000,
          reference: 'PP-8',
          requestId: `partial2-${order.id}`,
        })
      ).status,
    ).toBe(200)
    expect(await bot.converse(chatId, callbackUpdate(chatId, `pay:v1:${order.id}`))).toEqual([
      `Order #${order.number}: 46 000 so'm. Press the button to pay by card.`,
    ])
    expect(first.status).toBe('expired')
    const cards = (await transactions(order.id)).filter((t) => t.provider === 'stripe')
    expect(cards.map((t) => [t.externalId, t.status, t.amount])).toEqual([
      [first.id, 'failed', 9_600_000],
      [expect.not.stringMatching(String(first.id)), 'pending', 4_600_000],
    ])
  })

  it('closes the open card link once cash pays the order in full, so the client cannot pay twice', async () => {
    const { chatId, order } = await acceptedOrder()
    await pressPay(chatId, order.id)
    const link = sessionOf(order.id)
    expect(link.status).toBe('open')
    const paid = await post('manual', 'accountant', {
      order: order.id,
      provider: 'cash',
      amount: 9_600_000,
      requestId: `cash-all-${order.id}`,
    })
    expect(paid.status).toBe(200)
    // Stripe is called after the payment is committed, through the outbox.
    await drain()
    expect(link.status).toBe('expired')
    const cards = (await transactions(order.id)).filter((t) => t.provider === 'stripe')
    expect(cards.map((t) => [t.externalId, t.status])).toEqual([[link.id, 'failed']])
    expect((await orderOf(order.id)).paymentStatus).toBe('paid')
  })

  it('closes the open card link of a cancelled order without asking its client to pay', async () => {
    const { chatId, order } = await acceptedOrder()
    await pressPay(chatId, order.id)
    const link = sessionOf(order.id)
    await bot.payload.update({ collection: 'orders', id: order.id, data: { status: 'cancelled' } })
    const before = bot.telegram.calls.length
    await drain()
    expect(link.status).toBe('expired')
    expect((await orderOf(order.id)).paymentStatus).toBe('unpaid')
    const told = bot.telegram.calls
      .slice(before)
      .filter((call) => Number(call.params.chat_id) === chatId)
    expect(told.map((call) => String(call.params.text)).join('\n')).not.toMatch(/not completed/)
    expect(JSON.stringify(told.map((call) => call.params.reply_markup))).not.toContain('pay:v1')
  })

  it('tells staff when a card payment completes as the order is settled another way', async () => {
    const STAFF_CHAT = -100_960_001
    const { chatId, order } = await acceptedOrder()
    await pressPay(chatId, order.id)
    const link = sessionOf(order.id)
    stripe.pay(link.id as string) // paid on Stripe's page; its webhook has not come yet
    await bot.payload.updateGlobal({ slug: 'settings', data: { adminChatId: STAFF_CHAT } })
    try {
      const paid = await post('manual', 'accountant', {
        order: order.id,
        provider: 'cash',
        amount: 9_600_000,
        requestId: `cash-late-${order.id}`,
      })
      expect(paid.status).toBe(200)
      await drain()
      const staff = bot.telegram.calls.filter(
        (call) => call.method === 'sendMessage' && Number(call.params.chat_id) === STAFF_CHAT,
      )
      // In the staff's language (the settings' Russian here).
      expect(staff.map((call) => call.params.text)).toContain(
        `⚠️ Заказ №${order.number}: оплата картой прошла, когда заказ уже был оплачен иначе или отменён. Проверьте его платежи и верните лишнее.`,
      )
      // The link was being paid: it is left to its webhook, never booked as failed.
      const cards = (await transactions(order.id)).filter((t) => t.provider === 'stripe')
      expect(cards.map((t) => t.status)).toEqual(['pending'])
    } finally {
      await bot.payload.updateGlobal({ slug: 'settings', data: { adminChatId: null } })
    }
  })

  it('closes a card link for more than is owed once a transfer pays part', async () => {
    const { chatId, order } = await acceptedOrder()
    await pressPay(chatId, order.id)
    const link = sessionOf(order.id)
    const part = await post('manual', 'accountant', {
      order: order.id,
      provider: 'bank_transfer',
      amount: 1_600_000,
      reference: 'PP-9',
      requestId: `part-transfer-${order.id}`,
    })
    expect(part.status).toBe(200)
    await drain()
    expect(link.status).toBe('expired')
    expect((await orderOf(order.id)).paymentStatus).toBe('partially_paid')
  })

  it('answers an unknown order with 404 and anonymous callers with 401', async () => {
    expect(
      (
        await post('manual', 'accountant', {
          order: 99999999,
          provider: 'cash',
          amount: 100,
          requestId: 'abcdefgh',
        })
      ).status,
    ).toBe(404)
    expect(
      (await fetch(`${rest.url}/payments/refund`, { method: 'POST', body: '{}' })).status,
    ).toBe(401)
  })
})

describe('payments Stripe did not settle by itself', () => {
  it('an expired link puts the order back to pay and offers a new link', async () => {
    const { order, chatId } = await acceptedOrder()
    await pressPay(chatId, order.id)
    const session = Object.assign(sessionOf(order.id), { status: 'expired' })
    expect(await send('checkout.session.expired', session)).toBe(200)
    expect((await orderOf(order.id)).paymentStatus).toBe('unpaid')
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      `The payment for order #${order.number} was not completed. Press Pay to try again.`,
    )
    expect(bot.buttons(chatId)).toEqual([`pay:v1:${order.id}`])
  })

  it('a declined card is told to the client', async () => {
    const { order, chatId } = await acceptedOrder()
    expect(
      await send('payment_intent.payment_failed', {
        id: 'pi_declined',
        object: 'payment_intent',
        metadata: { order: String(order.id) },
      }),
    ).toBe(200)
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      `The payment for order #${order.number} did not go through. Press Pay to try again.`,
    )
  })

  it('reconciles card payments left pending for a day: paid ones settle, expired ones fail, the rest wait', async () => {
    const paidOne = await acceptedOrder()
    const lapsed = await acceptedOrder()
    const debiting = await acceptedOrder()
    const unreadable = await acceptedOrder()
    for (const { chatId, order } of [paidOne, lapsed, debiting, unreadable])
      await pressPay(chatId, order.id)
    stripe.pay(sessionOf(paidOne.order.id).id as string)
    Object.assign(sessionOf(lapsed.order.id), { expires_at: Math.floor(Date.now() / 1000) - 60 })
    // A bank debit: the session is complete, the money not there yet, and the link's hour is over.
    Object.assign(sessionOf(debiting.order.id), {
      status: 'complete',
      expires_at: Math.floor(Date.now() / 1000) - 60,
    })
    // Stripe fails on one session (three tries of the client): the others are settled all the same.
    stripe.failNext(`/v1/checkout/sessions/${sessionOf(unreadable.order.id).id}`, 500, 3)
    const later = new Date(Date.now() + 25 * 60 * 60 * 1000)
    const { reconcilePendingPayments } = await import(
      '@commerce/features/payments/reconcilePayments'
    )
    const { stripeClient } = await import('@commerce/features/payments/stripeClient')
    const result = await reconcilePendingPayments(bot.payload, stripeClient(bot.payload)!, later)
    // At least: in a full run other files' card payments (the Mini App's) are pending too.
    expect(result.settled).toBeGreaterThanOrEqual(1)
    expect(result.unread).toBeGreaterThanOrEqual(1)
    expect((await orderOf(paidOne.order.id)).paymentStatus).toBe('paid')
    expect((await orderOf(lapsed.order.id)).paymentStatus).toBe('unpaid')
    expect((await orderOf(debiting.order.id)).paymentStatus).toBe('pending')
    expect((await orderOf(unreadable.order.id)).paymentStatus).toBe('pending')
  })

  it('with prepayment, the pay button comes with the order confirmation', async () => {
    await bot.payload.updateGlobal({ slug: 'settings', data: { onlinePayment: 'prepay' } })
    try {
      const chatId = nextChat++
      const client = await makeClient(bot.payload, { telegramId: chatId, language: 'en' })
      const order = await bot.payload.create({
        collection: 'orders',
        data: {
          client: client.id,
          fulfillment: 'pickup',
          deliveryDate: '2026-12-01',
          items: [{ product: catalog.bread.id, quantity: 12 }],
        },
      })
      await drain()
      expect(bot.buttons(chatId)).toEqual([`pay:v1:${order.id}`])
    } finally {
      await bot.payload.updateGlobal({ slug: 'settings', data: { onlinePayment: 'after_accept' } })
    }
  })
})

describe('money exactly once, and only forward', () => {
  const post = (path: string, role: 'manager' | 'accountant', body: object) =>
    fetch(`${rest.url}/payments/${path}`, {
      method: 'POST',
      headers: auth[role],
      body: JSON.stringify(body),
    })

  it('refuses a request id reused for another order with 409 and leaves the first payment as it was', async () => {
    const first = await acceptedOrder()
    const second = await acceptedOrder()
    const requestId = `reused-${first.order.id}`
    expect(
      (
        await post('manual', 'accountant', {
          order: first.order.id,
          provider: 'bank_transfer',
          amount: 9_600_000,
          reference: 'PP-1',
          requestId,
        })
      ).status,
    ).toBe(200)
    const reused = await post('manual', 'accountant', {
      order: second.order.id,
      provider: 'bank_transfer',
      amount: 1,
      reference: 'PP-2',
      requestId,
    })
    expect(reused.status).toBe(409)
    expect(await reused.json()).toEqual({
      errors: [
        {
          field: 'requestId',
          message: expect.stringMatching(
            /already used for another payment \(its order differs\): nothing was changed/,
          ),
        },
      ],
    })
    const sameOrderOtherAmount = await post('manual', 'accountant', {
      order: first.order.id,
      provider: 'bank_transfer',
      amount: 1,
      reference: 'PP-1',
      requestId,
    })
    expect(sameOrderOtherAmount.status).toBe(409)
    expect((await transactions(first.order.id)).map((t) => [t.amount, t.reference])).toEqual([
      [9_600_000, 'PP-1'],
    ])
    expect(await transactions(second.order.id)).toEqual([])
    expect((await orderOf(second.order.id)).paymentStatus).toBe('unpaid')
    // The same request again (a double click) is the same payment: 200, one row.
    expect(
      (
        await post('manual', 'accountant', {
          order: first.order.id,
          provider: 'bank_transfer',
          amount: 9_600_000,
          reference: 'PP-1',
          requestId,
        })
      ).status,
    ).toBe(200)
    expect(await transactions(first.order.id)).toHaveLength(1)
  })

  it('refuses a refund request id reused on another order', async () => {
    const first = await acceptedOrder()
    const second = await acceptedOrder()
    for (const { order } of [first, second]) {
      await post('manual', 'accountant', {
        order: order.id,
        provider: 'cash',
        amount: 9_600_000,
        requestId: `cash-paid-${order.id}`,
      })
    }
    const requestId = `refund-reused-${first.order.id}`
    expect(
      (
        await post('refund', 'manager', {
          order: first.order.id,
          amount: 1_000_000,
          reason: 'stale bread',
          requestId,
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await post('refund', 'manager', {
          order: second.order.id,
          amount: 1_000_000,
          reason: 'stale bread',
          requestId,
        })
      ).status,
    ).toBe(409)
    expect((await transactions(second.order.id)).filter((t) => t.kind === 'refund')).toEqual([])
  })

  it('shows a part-paid order as partly paid, and with a refund the client can still pay what is owed', async () => {
    const { chatId, order } = await acceptedOrder()
    await post('manual', 'accountant', {
      order: order.id,
      provider: 'cash',
      amount: 5_000_000,
      requestId: `part-paid-${order.id}`,
    })
    expect(await orderOf(order.id)).toMatchObject({
      paymentStatus: 'partially_paid',
      amountPaid: 5_000_000,
      amountRefunded: 0,
    })
    await drain()
    expect(bot.telegram.sent(chatId).at(-1)?.params.text).toBe(
      `Part of the payment for order #${order.number} received. Press Pay for the rest.`,
    )
    expect(
      (
        await post('refund', 'manager', {
          order: order.id,
          amount: 1_000_000,
          reason: 'one loaf burnt',
          requestId: `part-back-${order.id}`,
        })
      ).status,
    ).toBe(200)
    expect(await orderOf(order.id)).toMatchObject({
      paymentStatus: 'partially_refunded',
      amountPaid: 5_000_000,
      amountRefunded: 1_000_000,
      leftToPay: 4_600_000,
    })
    expect(await bot.converse(chatId, callbackUpdate(chatId, `pay:v1:${order.id}`))).toEqual([
      `Order #${order.number}: 46 000 so'm. Press the button to pay by card.`,
    ])
  })

  it('keeps a paid order paid when a late async_payment_failed or expiry arrives for its session', async () => {
    const { order, paid } = await paidOnStripe()
    expect(await send('checkout.session.completed', paid)).toBe(200)
    expect(
      await send('checkout.session.async_payment_failed', { ...paid, payment_status: 'unpaid' }),
    ).toBe(200)
    expect(await send('checkout.session.expired', { ...paid, status: 'expired' })).toBe(200)
    expect((await orderOf(order.id)).paymentStatus).toBe('paid')
    expect((await transactions(order.id)).map((t) => t.status)).toEqual(['succeeded'])
  })

  it('lets no admin move a payment back, rewrite whose it is, or delete it', async () => {
    const { order } = await acceptedOrder()
    await post('manual', 'accountant', {
      order: order.id,
      provider: 'cash',
      amount: 9_600_000,
      requestId: `books-paid-${order.id}`,
    })
    const [payment] = await transactions(order.id)
    const admin = await login(rest.url, (await makeUser(bot.payload, 'admin')).email, PASSWORD)
    const patch = (data: object) =>
      fetch(`${rest.url}/transactions/${payment.id}`, {
        method: 'PATCH',
        headers: admin,
        body: JSON.stringify(data),
      })
    for (const [data, field] of [
      [{ status: 'failed' }, 'status'],
      [{ amount: 1 }, 'amount'],
      [{ order: (await acceptedOrder()).order.id }, 'order'],
    ] as const) {
      const response = await patch(data)
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].data.errors[0].path).toBe(field)
    }
    expect(
      (await fetch(`${rest.url}/transactions/${payment.id}`, { method: 'DELETE', headers: admin }))
        .status,
    ).toBe(403)
    expect((await transactions(order.id)).map((t) => [t.status, t.amount])).toEqual([
      ['succeeded', 9_600_000],
    ])
  })

  it('does not write a payment settled meanwhile back over when staff move the order', async () => {
    const { order } = await acceptedOrder()
    // A payment settles while a manager's move is on its way: Payload has read the order before.
    const settling = await bot.payload.db.pool.connect()
    await settling.query('begin')
    await settling.query(
      `update orders set payment_status = 'paid', amount_paid = 9600000 where id = $1`,
      [order.id],
    )
    const move = fetch(`${rest.url}/orders/${order.id}`, {
      method: 'PATCH',
      headers: auth.manager,
      body: JSON.stringify({ status: 'preparing' }),
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    await settling.query('commit')
    settling.release()
    expect((await move).status).toBe(200)
    expect(await orderOf(order.id)).toMatchObject({
      status: 'preparing',
      paymentStatus: 'paid',
      amountPaid: 9_600_000,
    })
  })

  it('answers a resent event that a dead server stored but never processed with 409, and processes it once its claim is stale', async () => {
    const { order, paid } = await paidOnStripe()
    const { event, body, signature } = stripe.event('checkout.session.completed', paid)
    const db = bot.payload.db.pool
    await db.query(
      `insert into stripe_events (event_id, type, status, attempts, payload, updated_at, created_at) values ($1, $2, 'processing', 1, $3, now(), now())`,
      [event.id, event.type, body],
    )
    expect((await postEvent(body, signature)).status).toBe(409)
    expect((await orderOf(order.id)).paymentStatus).toBe('pending')
    await db.query(
      `update stripe_events set updated_at = now() - interval '3 minutes' where event_id = $1`,
      [event.id],
    )
    expect((await postEvent(body, signature)).status).toBe(200)
    expect((await orderOf(order.id)).paymentStatus).toBe('paid')
  })
})
