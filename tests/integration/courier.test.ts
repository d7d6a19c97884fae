import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Order } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { Api } from 'grammy'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { forgetDeadLetterAlerts } from '../support/deadLetterAlerts'
import { type FakeCourier, startFakeCourier } from '../support/fakeCourier'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { login } from '../support/restServer'

const API_KEY = 'courier-key-for-tests'
const SECRET = 'courier-webhook-secret-for-tests'
const STAFF_CHAT = -100_820_000_000
let bot: BotHarness
let courier: FakeCourier
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let manager: Awaited<ReturnType<typeof makeUser>>
let auth: Record<string, string>
let nextChat = 82_000_000
let day = 1
let settingsBefore: { adminChatId?: number | null; staffLanguage?: 'ru' | 'uz' | 'en' | null }

beforeAll(async () => {
  courier = await startFakeCourier({ apiKey: API_KEY, webhookSecret: SECRET, holdMs: 1_500 })
  Object.assign(process.env, {
    COURIER_API_URL: courier.apiUrl,
    COURIER_API_KEY: API_KEY,
    COURIER_WEBHOOK_SECRET: SECRET,
    COURIER_TIMEOUT_MS: '500',
  })
  bot = await startBotHarness()
  courier.setWebhookUrl(`${bot.apiUrl}/integrations/courier/webhook`)
  catalog = await makeCatalog(bot.payload)
  manager = await makeUser(bot.payload, 'manager')
  auth = await login(bot.apiUrl, manager.email, PASSWORD)
  const settings = await bot.payload.findGlobal({ slug: 'settings' })
  settingsBefore = { adminChatId: settings.adminChatId, staffLanguage: settings.staffLanguage }
  await bot.payload.updateGlobal({
    slug: 'settings',
    // No staff chat but where a test listens to it: every order's card would wait for the group's turn.
    data: { adminChatId: null, staffLanguage: 'en' },
  })
})
afterAll(async () => {
  if (bot) {
    // Nothing of this file's is left pending for the next file's dispatcher.
    await sqlDatabase(bot.payload).execute(
      sql`update outbox set status = 'dead' where status = 'pending' and topic like 'courier.%'`,
    )
    await forgetDeadLetterAlerts(bot.payload)
    await bot.payload.updateGlobal({ slug: 'settings', data: settingsBefore })
  }
  await bot?.close()
  await courier?.close()
  for (const name of [
    'COURIER_API_URL',
    'COURIER_API_KEY',
    'COURIER_WEBHOOK_SECRET',
    'COURIER_TIMEOUT_MS',
  ])
    delete process.env[name]
})
beforeEach(async () => {
  await drain()
  courier.clearFaults()
})

const dispatcher = (maxAttempts = 8) =>
  createOutboxDispatcher({
    payload: bot.payload,
    api: new Api('123:TEST', { apiRoot: bot.telegram.apiRoot }),
    maxAttempts,
  })
const drain = (maxAttempts?: number) => dispatcher(maxAttempts).drain()

const orderOf = (id: number) =>
  bot.payload.findByID({ collection: 'orders', id, depth: 0 }) as Promise<Order>
const deliveryOf = async (order: number) =>
  (
    await bot.payload.find({
      collection: 'deliveries',
      where: { order: { equals: order } },
      depth: 0,
    })
  ).docs[0]
const eventsOf = async (delivery: number) =>
  (
    await bot.payload.find({
      collection: 'courier-events',
      where: { delivery: { equals: delivery } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs
const move = (id: number, status: Order['status']) =>
  bot.payload.update({ collection: 'orders', id, data: { status }, user: manager, depth: 0 })
/** Runs `work` with the staff chat set, then drains what it wrote to staff. */
async function withStaffChat(work: () => Promise<void>) {
  await bot.payload.updateGlobal({ slug: 'settings', data: { adminChatId: STAFF_CHAT } })
  try {
    await work()
    await drain()
  } finally {
    await bot.payload.updateGlobal({ slug: 'settings', data: { adminChatId: null } })
  }
}
const texts = (chatId: number) => bot.telegram.sent(chatId).map((call) => String(call.params.text))

/** A client's delivery order for a day in April 2038, accepted by staff. */
async function acceptedDelivery(fulfillment: 'delivery' | 'pickup' = 'delivery') {
  const chatId = nextChat++
  const client = await makeClient(bot.payload, { telegramId: chatId, language: 'en' })
  const created = await bot.payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment,
      deliveryDate: `2038-04-${String((day++ % 28) + 1).padStart(2, '0')}`,
      deliveryAddress: 'Yunusobod 4, 12',
      items: [{ product: catalog.bread.id, quantity: 12 }],
    },
  })
  const order = await move(created.id, 'accepted')
  return { chatId, client, order }
}

/** A delivery order that staff started preparing: the courier has been asked for a delivery. */
async function dispatched() {
  const accepted = await acceptedDelivery()
  await move(accepted.order.id, 'preparing')
  await drain()
  const delivery = courier.deliveryFor(accepted.order.id)!
  expect(delivery).toBeDefined()
  return { ...accepted, delivery }
}

describe('requesting a courier', () => {
  it('asks once when a delivery order starts being prepared, keyed by the order, and sends the client the tracking link', async () => {
    const { chatId, order } = await acceptedDelivery()
    expect(await deliveryOf(order.id)).toBeUndefined()
    const before = courier.callsTo('/deliveries').length
    await move(order.id, 'preparing')
    expect(await deliveryOf(order.id)).toMatchObject({ status: 'requested', externalId: null })
    await drain()
    const calls = courier.callsTo('/deliveries').slice(before)
    expect(calls).toHaveLength(1)
    expect(calls[0].idempotencyKey).toBe(`order-${order.id}`)
    expect(calls[0].body).toMatchObject({
      reference: String(order.id),
      number: order.number,
      deliver_on: order.deliveryDate.slice(0, 10),
      dropoff: { address: 'Yunusobod 4, 12', contact_name: 'Dilshod', phone: '+998901234567' },
      value: order.total,
    })
    const made = courier.deliveryFor(order.id)!
    expect(await deliveryOf(order.id)).toMatchObject({
      status: 'requested',
      externalId: made.id,
      trackingUrl: made.tracking_url,
    })
    expect(texts(chatId)).toContain(
      `Your order #${order.number} is with the courier. Follow the delivery here: ${made.tracking_url}`,
    )
  })

  it('asks nothing for a pickup order', async () => {
    const { order } = await acceptedDelivery('pickup')
    await move(order.id, 'preparing')
    await drain()
    expect(await deliveryOf(order.id)).toBeUndefined()
    expect(courier.deliveryFor(order.id)).toBeUndefined()
  })

  it('gets through a courier that times out, then fails with 5xx, then answers', async () => {
    const { order } = await acceptedDelivery()
    courier.fail('/deliveries', 'timeout', '5xx')
    await move(order.id, 'preparing')
    await drain()
    const made = courier.deliveryFor(order.id)!
    expect(made).toBeDefined()
    expect((await deliveryOf(order.id)).externalId).toBe(made.id)
    const status = await bot.payload.find({
      collection: 'integration-status',
      where: { integration: { equals: 'courier' } },
    })
    expect(status.docs[0]).toMatchObject({ failuresInRow: 0 })
  })

  it('makes one delivery when the answer to a request that succeeded is lost', async () => {
    const { order } = await acceptedDelivery()
    courier.fail('/deliveries', 'lost_answer')
    await move(order.id, 'preparing')
    await drain()
    const keyed = courier
      .callsTo('/deliveries')
      .filter((c) => c.idempotencyKey === `order-${order.id}`)
    expect(keyed.length).toBe(2)
    expect(
      [...courier.deliveries.values()].filter((d) => d.reference === String(order.id)),
    ).toHaveLength(1)
    expect((await deliveryOf(order.id)).externalId).toBe(courier.deliveryFor(order.id)!.id)
  })

  it('parks a courier failing for good as a dead letter staff can retry, and the order stays as staff set it', async () => {
    const { order } = await acceptedDelivery()
    courier.fail('/deliveries', '5xx', '5xx', '5xx', '5xx', '5xx', '5xx')
    await move(order.id, 'preparing')
    await drain(2)
    await forgetDeadLetterAlerts(bot.payload)
    expect(courier.deliveryFor(order.id)).toBeUndefined()
    const failures = await bot.payload.find({
      collection: 'integration-failures',
      where: { integration: { equals: 'courier' }, status: { equals: 'open' } },
      sort: '-createdAt',
      depth: 0,
    })
    const letter = failures.docs.find(
      (f) => (f.payload as { order?: number } | null)?.order === order.id,
    )!
    expect(letter).toMatchObject({ call: `request delivery (order id ${order.id})` })
    expect(String(letter.error)).toContain('HTTP 503')
    expect((await orderOf(order.id)).status).toBe('preparing')
    expect(await deliveryOf(order.id)).toMatchObject({ status: 'requested', externalId: null })

    // Back up: staff press "retry" and the delivery is requested once.
    const retried = await fetch(`${bot.apiUrl}/integration-failures/${letter.id}/retry`, {
      method: 'POST',
      headers: auth,
    })
    expect(retried.status).toBe(200)
    await drain()
    expect((await deliveryOf(order.id)).externalId).toBe(courier.deliveryFor(order.id)!.id)
  })

  it('parks an answer off the contract at once, naming what differs', async () => {
    const { order } = await acceptedDelivery()
    courier.fail('/deliveries', 'malformed')
    await move(order.id, 'preparing')
    await drain(2)
    await forgetDeadLetterAlerts(bot.payload)
    const failures = await bot.payload.find({
      collection: 'integration-failures',
      where: { integration: { equals: 'courier' } },
      sort: '-createdAt',
      depth: 0,
      limit: 1,
    })
    expect(failures.docs[0]).toMatchObject({ attempts: 1 })
    expect(String(failures.docs[0].error)).toMatch(/does not match the contract: .*id/)
    expect(await deliveryOf(order.id)).toMatchObject({ externalId: null })
  })
})

describe('cancelling', () => {
  it("cancels the order's delivery at the courier", async () => {
    const { order, delivery } = await dispatched()
    await move(order.id, 'cancelled')
    await drain()
    const cancels = courier.callsTo(`/deliveries/${delivery.id}/cancel`)
    expect(cancels).toHaveLength(1)
    expect(cancels[0].idempotencyKey).toBe(`cancel-order-${order.id}`)
    expect(courier.deliveries.get(delivery.id)!.status).toBe('cancelled')
    expect((await deliveryOf(order.id)).status).toBe('cancelled')
  })

  it('cancels here only a delivery the courier never took', async () => {
    const { order } = await acceptedDelivery()
    // The courier refuses the address, and again when the cancel asks for the delivery's id.
    courier.fail('/deliveries', '4xx', '4xx')
    await move(order.id, 'preparing')
    await drain(2)
    await forgetDeadLetterAlerts(bot.payload)
    await move(order.id, 'cancelled')
    await drain()
    expect((await deliveryOf(order.id)).status).toBe('cancelled')
    expect(courier.deliveryFor(order.id)).toBeUndefined()
    expect(
      courier.callsTo(/\/cancel$/).filter((c) => c.idempotencyKey === `cancel-order-${order.id}`),
    ).toHaveLength(0)
  })

  it('cancels at the courier a delivery it made though its answer was lost and the request parked', async () => {
    const { order } = await acceptedDelivery()
    // Every answer to the request is lost: the courier has the delivery, we have no id for it.
    courier.fail('/deliveries', ...Array<'lost_answer'>(12).fill('lost_answer'))
    await move(order.id, 'preparing')
    await drain(2)
    await forgetDeadLetterAlerts(bot.payload)
    courier.clearFaults()
    const made = courier.deliveryFor(order.id)!
    expect(made.status).toBe('requested')
    expect(await deliveryOf(order.id)).toMatchObject({ externalId: null })

    await move(order.id, 'cancelled')
    await drain()
    // The same request again, under the same key, answers with that delivery; it is cancelled.
    expect(
      [...courier.deliveries.values()].filter((d) => d.reference === String(order.id)),
    ).toHaveLength(1)
    const cancels = courier.callsTo(`/deliveries/${made.id}/cancel`)
    expect(cancels).toHaveLength(1)
    expect(cancels[0].idempotencyKey).toBe(`cancel-order-${order.id}`)
    expect(made.status).toBe('cancelled')
    expect(await deliveryOf(order.id)).toMatchObject({ status: 'cancelled', externalId: made.id })
  })

  it('cancels here only when the courier has no delivery by the id we hold', async () => {
    const { order, delivery } = await dispatched()
    courier.deliveries.delete(delivery.id)
    await move(order.id, 'cancelled')
    await drain()
    expect(courier.callsTo(`/deliveries/${delivery.id}/cancel`)).toHaveLength(1)
    expect((await deliveryOf(order.id)).status).toBe('cancelled')
    const parked = await bot.payload.find({
      collection: 'integration-failures',
      where: { call: { equals: `cancel delivery (order id ${order.id})` } },
      depth: 0,
    })
    expect(parked.totalDocs).toBe(0)
  })
})

describe("the courier's webhook", () => {
  it('moves the order on its way at pick-up and to delivered at delivery', async () => {
    const { chatId, order, delivery } = await dispatched()
    const assigned = await courier.event(delivery, 'assigned')
    expect(assigned.status).toBe(200)
    expect(await assigned.json()).toEqual({ received: 'applied' })
    expect((await orderOf(order.id)).status).toBe('preparing')

    const picked = await courier.event(delivery, 'picked_up')
    expect(await picked.json()).toEqual({ received: 'applied' })
    const moved = await orderOf(order.id)
    expect(moved.status).toBe('on_the_way')
    expect(moved.statusHistory?.at(-1)).toMatchObject({
      from: 'preparing',
      to: 'on_the_way',
      actor: 'system',
    })

    expect((await courier.event(delivery, 'delivered')).status).toBe(200)
    expect((await orderOf(order.id)).status).toBe('delivered')
    const stored = await deliveryOf(order.id)
    expect(stored).toMatchObject({ status: 'delivered', conflict: false })
    expect((await eventsOf(stored.id)).map((e) => [e.reported, e.outcome])).toEqual([
      ['assigned', 'applied'],
      ['picked_up', 'applied'],
      ['delivered', 'applied'],
    ])
    await drain()
    expect(
      texts(chatId).filter((t) => t.includes(`#${order.number}`)).length,
    ).toBeGreaterThanOrEqual(3)
  })

  it('changes nothing when an event is replayed, and answers 200', async () => {
    const { order, delivery } = await dispatched()
    const first = await courier.event(delivery, 'picked_up', { id: `evt-replay-${order.id}` })
    expect(first.status).toBe(200)
    const history = (await orderOf(order.id)).statusHistory?.length
    for (let i = 0; i < 3; i++) {
      const again = await courier.replay(`evt-replay-${order.id}`)
      expect(again.status).toBe(200)
      expect(await again.json()).toEqual({ received: 'duplicate' })
    }
    // Sent at once, twice: one is applied, the other is the duplicate.
    const [a, b] = await Promise.all([
      courier.event(delivery, 'delivered', { id: `evt-twice-${order.id}` }),
      courier.replay(`evt-replay-${order.id}`),
      courier.replay(`evt-replay-${order.id}`),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    const after = await orderOf(order.id)
    expect(after.status).toBe('delivered')
    expect(after.statusHistory?.length).toBe((history ?? 0) + 1)
    expect(await eventsOf((await deliveryOf(order.id)).id)).toHaveLength(2)
  })

  it('walks the order through on_the_way when the pick-up event was lost', async () => {
    const { order, delivery } = await dispatched()
    expect((await courier.event(delivery, 'delivered')).status).toBe(200)
    const after = await orderOf(order.id)
    expect(after.status).toBe('delivered')
    expect(after.statusHistory?.slice(-2).map((h) => h.to)).toEqual(['on_the_way', 'delivered'])
  })

  it('answers a late event with nothing changed', async () => {
    const { order, delivery } = await dispatched()
    await courier.event(delivery, 'delivered')
    const late = await courier.event(delivery, 'picked_up')
    expect(await late.json()).toEqual({ received: 'unchanged' })
    expect((await orderOf(order.id)).status).toBe('delivered')
    expect((await deliveryOf(order.id)).status).toBe('delivered')
  })

  it('keeps an event for a cancelled order as a conflict for staff, never forcing it, and answers 200', async () => {
    const { order, delivery } = await dispatched()
    await move(order.id, 'cancelled')
    const response = await courier.event(delivery, 'picked_up')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ received: 'conflict' })
    expect((await orderOf(order.id)).status).toBe('cancelled')
    const stored = await deliveryOf(order.id)
    expect(stored).toMatchObject({ status: 'picked_up', conflict: true })
    expect(stored.conflictNote).toMatch(/picked_up.*cancelled.*final/)
    const [event] = await eventsOf(stored.id)
    expect(event).toMatchObject({ reported: 'picked_up', outcome: 'conflict' })

    // Staff find it by the conflict filter, and are told in the staff chat.
    const listed = await fetch(
      `${bot.apiUrl}/deliveries?where[conflict][equals]=true&depth=0&limit=100`,
      { headers: auth },
    )
    expect(listed.status).toBe(200)
    const { docs } = (await listed.json()) as { docs: { id: number }[] }
    expect(docs.map((d) => d.id)).toContain(stored.id)
    await withStaffChat(async () => {})
    expect(texts(STAFF_CHAT)).toContain(
      `⚠️ Courier: order #${order.number} is "Cancelled", but the courier reports "Picked up". The order was left as it is; see Delivery → Courier deliveries.`,
    )
    // Its replay is a duplicate, not a second conflict.
    expect(await (await courier.replay(event.eventId)).json()).toEqual({ received: 'duplicate' })
    // The courier took the cancel the order's cancellation sent; the conflict stays until staff clear it.
    expect(await deliveryOf(order.id)).toMatchObject({ status: 'cancelled', conflict: true })
  })

  it('tells staff when the courier fails a delivery', async () => {
    const { order, delivery } = await dispatched()
    await courier.event(delivery, 'picked_up')
    await withStaffChat(async () => {
      expect(await (await courier.event(delivery, 'failed')).json()).toEqual({
        received: 'applied',
      })
    })
    expect((await orderOf(order.id)).status).toBe('on_the_way')
    expect(texts(STAFF_CHAT).at(-1)).toContain(`the delivery of order #${order.number} failed`)
  })

  it('files an event that comes before the courier’s answer by our order, and asks no second delivery', async () => {
    const { chatId, order } = await acceptedDelivery()
    await move(order.id, 'preparing')
    const early = { id: `dlv_early_${order.id}`, reference: String(order.id) }
    const url = `https://track.courier.test/${early.id}`
    const response = await courier.event(early, 'assigned', { trackingUrl: url })
    expect(await response.json()).toEqual({ received: 'applied' })
    expect(await deliveryOf(order.id)).toMatchObject({
      status: 'assigned',
      externalId: early.id,
      trackingUrl: url,
    })
    await drain()
    expect(courier.deliveryFor(order.id)).toBeUndefined()
    expect(await deliveryOf(order.id)).toMatchObject({ status: 'assigned', externalId: early.id })
    expect(texts(chatId).filter((text) => text.includes(url))).toHaveLength(1)
  })

  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const { order, delivery } = await dispatched()
    for (const signature of ['wrong', 'none'] as const) {
      const response = await courier.event(delivery, 'picked_up', { signature })
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({
        errors: [
          { message: 'The x-courier-signature header is missing or does not sign this body' },
        ],
      })
    }
    expect((await orderOf(order.id)).status).toBe('preparing')
    expect(await eventsOf((await deliveryOf(order.id)).id)).toHaveLength(0)
  })

  it('answers 404 for a delivery that is not ours', async () => {
    const response = await courier.event({ id: 'dlv_nobody', reference: '999999999' }, 'picked_up')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      errors: [{ message: 'No delivery of ours is dlv_nobody or order 999999999' }],
    })
  })

  it('answers 400 with the reason for a body that is not an event', async () => {
    const broken = await courier.postRaw('{"id": "evt_1", ')
    expect(broken.status).toBe(400)
    expect(JSON.stringify(await broken.json())).toContain('could not be read')

    const odd = await courier.postRaw(
      JSON.stringify({
        id: 'evt_odd',
        type: 'delivery.status_changed',
        created_at: 'yesterday',
        data: { delivery_id: 'dlv_x', status: 'teleported' },
      }),
    )
    expect(odd.status).toBe(400)
    const [error] = ((await odd.json()) as { errors: { message: string }[] }).errors
    expect(error.message).toMatch(/^Not a courier event: /)
    expect(error.message).toContain('created_at')
    expect(error.message).toContain('data.status')

    const list = await courier.postRaw('[]')
    expect(list.status).toBe(400)
  })

  it('reports when the courier last reached us in /api/health', async () => {
    const health = (await (await fetch(`${bot.apiUrl}/health`)).json()) as {
      lastSuccess: Record<string, string | null>
      integrations: Record<string, { lastSuccess: string | null; failuresInRow: number }>
    }
    expect(health.lastSuccess.courierWebhook).toEqual(expect.any(String))
    expect(health.integrations.courier).toMatchObject({ lastSuccess: expect.any(String) })
  })
})
