import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { calendarDateIn } from '@/domain/calendarDate'
import { amountOwed, balanceOf } from '@/domain/receivables'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

/** A Wednesday: its week began on Monday the 12th, the week before ran 5–7 June. */
const DAY = '2034-06-14'
let payload: Payload
let server: RestServer
let headers: Record<string, string>
let cafe: { id: number; name: string }
let shop: { id: number; name: string }
let bread: number
let samsa: number

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  const catalog = await makeCatalog(payload)
  bread = catalog.bread.id
  samsa = catalog.samsa.id
  cafe = await makeClient(payload, { name: unique('Cafe ') })
  shop = await makeClient(payload, { name: unique('Shop ') })
  const late = await makeClient(payload, { name: unique('Kiosk ') })
  const db = sqlDatabase(payload)
  // Tashkent's midnight starting the 14th is 19:00 UTC on the 13th: one sign-up either side of it.
  const signedUp = async (id: number, at: string) =>
    db.execute(sql`update clients set created_at = ${at}::timestamptz where id = ${id}`)
  await signedUp(cafe.id, '2034-06-13T19:00:00.000Z')
  await signedUp(shop.id, '2034-06-13T18:59:59.999Z')
  await signedUp(late.id, '2034-05-03T10:00:00.000Z')

  const order = async (
    client: number,
    day: string,
    product: number,
    quantity: number,
    path: string[] = [],
  ) => {
    const created = await payload.create({
      collection: 'orders',
      data: { client, fulfillment: 'delivery', deliveryDate: day, items: [{ product, quantity }] },
    })
    for (const status of path)
      await payload.update({
        collection: 'orders',
        id: created.id,
        data: { status: status as 'accepted' },
      })
  }
  const delivered = ['accepted', 'preparing', 'on_the_way', 'delivered']
  await order(cafe.id, DAY, bread, 10, delivered) // 80 000 so'm, owed
  await order(shop.id, DAY, samsa, 10) // 90 000
  await order(cafe.id, DAY, bread, 5, ['cancelled']) // not a sale
  await order(shop.id, '2034-06-13', bread, 20) // yesterday: 160 000
  await order(cafe.id, '2034-06-06', samsa, 20) // last week: 180 000
  await order(shop.id, '2034-06-02', bread, 10) // this month: 80 000
  await order(cafe.id, '2034-05-10', bread, 30) // last month's first 14 days: 240 000
  await order(cafe.id, '2034-05-20', bread, 1) // last month, past its first 14 days: 8 000
  await order(shop.id, '2034-06-15', bread, 7) // tomorrow

  // Support: a 10-minute and a 30-minute first answer this month, one still waiting; one wait
  // began on 31 May in Tashkent (18:00 UTC), outside the month.
  const conversation = async (client: number, messages: [string, string][]) => {
    const { id } = await payload.create({
      collection: 'conversations',
      data: { client, chatId: Number(String(client).padStart(6, '9')) },
    })
    for (const [direction, at] of messages)
      await db.execute(sql`
        insert into support_messages (conversation_id, direction, created_at, updated_at)
        values (${id}, ${direction}, ${at}::timestamptz, now())`)
  }
  await conversation(cafe.id, [
    ['in', '2034-06-10T10:00:00.000Z'],
    ['out', '2034-06-10T10:10:00.000Z'],
    ['in', '2034-06-12T08:00:00.000Z'],
    ['note', '2034-06-12T08:01:00.000Z'],
    ['in', '2034-06-12T08:05:00.000Z'],
    ['out', '2034-06-12T08:30:00.000Z'],
    ['out', '2034-06-12T08:31:00.000Z'],
  ])
  await conversation(shop.id, [
    ['in', '2034-05-31T18:00:00.000Z'],
    ['out', '2034-05-31T19:30:00.000Z'],
    ['in', '2034-06-14T18:30:00.000Z'],
  ])

  const accountant = await makeUser(payload, 'accountant')
  headers = await login(server.url, accountant.email, PASSWORD)
})

afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

const dashboard = async (query: string, auth = headers) => {
  const response = await fetch(`${server.url}/reports/dashboard${query}`, { headers: auth })
  return { status: response.status, body: (await response.json()) as any }
}

describe('GET /api/reports/dashboard', () => {
  it("gives today's, this week's and this month's figures against the periods before", async () => {
    const { status, body } = await dashboard(`?date=${DAY}`)
    expect(status).toBe(200)
    expect(body.date).toBe(DAY)
    const { day, week, month } = body.figures
    expect([day.current, day.previous]).toEqual([
      { first: DAY, last: DAY },
      { first: '2034-06-13', last: '2034-06-13' },
    ])
    expect(day.orders).toEqual({ current: 2, previous: 1, change: 1, ratio: 1 })
    expect(day.revenue).toEqual({
      current: 17_000_000,
      previous: 16_000_000,
      change: 1_000_000,
      ratio: 1 / 16,
    })
    expect(day.averageOrder.current).toBe(8_500_000)
    expect(day.newClients).toEqual({ current: 1, previous: 1, change: 0, ratio: 0 })

    expect([week.current, week.previous]).toEqual([
      { first: '2034-06-12', last: DAY },
      { first: '2034-06-05', last: '2034-06-07' },
    ])
    expect([week.orders.current, week.orders.previous]).toEqual([3, 1])
    expect([week.revenue.current, week.revenue.previous]).toEqual([33_000_000, 18_000_000])
    expect([week.newClients.current, week.newClients.previous]).toEqual([2, 0])
    expect(week.newClients.ratio).toBeNull()

    expect([month.current, month.previous]).toEqual([
      { first: '2034-06-01', last: DAY },
      { first: '2034-05-01', last: '2034-05-14' },
    ])
    expect([month.orders.current, month.orders.previous]).toEqual([5, 1])
    expect([month.revenue.current, month.revenue.previous]).toEqual([59_000_000, 24_000_000])
    expect(month.averageOrder).toEqual({
      current: 11_800_000,
      previous: 24_000_000,
      change: -12_200_000,
      ratio: -12_200_000 / 24_000_000,
    })
    expect([month.newClients.current, month.newClients.previous]).toEqual([2, 1])
  })

  it("names the month's best-selling products and clients, and the week's", async () => {
    const month = (await dashboard(`?date=${DAY}`)).body
    expect(month.period).toBe('month')
    expect(month.topProducts).toEqual([
      { productId: bread, name: 'White bread', unit: 'pcs', quantity: 40, revenue: 32_000_000 },
      { productId: samsa, name: 'Samsa', unit: 'pcs', quantity: 30, revenue: 27_000_000 },
    ])
    expect(month.topClients).toEqual([
      { clientId: shop.id, name: shop.name, orders: 3, revenue: 33_000_000 },
      { clientId: cafe.id, name: cafe.name, orders: 2, revenue: 26_000_000 },
    ])
    const week = (await dashboard(`?date=${DAY}&period=week`)).body
    expect(week.range).toEqual({ first: '2034-06-12', last: DAY })
    expect(week.topProducts.map((p: any) => [p.productId, p.revenue])).toEqual([
      [bread, 24_000_000],
      [samsa, 9_000_000],
    ])
    expect(week.topClients.map((c: any) => [c.clientId, c.revenue])).toEqual([
      [shop.id, 25_000_000],
      [cafe.id, 8_000_000],
    ])
  })

  it('gives the median first answer over the waits begun in the period, and the open conversations now', async () => {
    const month = (await dashboard(`?date=${DAY}`)).body.support
    expect(month.answered).toBe(2)
    expect(month.medianFirstResponseMs).toBe(20 * 60_000)
    const week = (await dashboard(`?date=${DAY}&period=week`)).body.support
    expect([week.answered, week.medianFirstResponseMs]).toEqual([1, 30 * 60_000])
    const today = (await dashboard(`?date=${DAY}&period=day`)).body.support
    expect([today.answered, today.medianFirstResponseMs]).toEqual([0, null])
    const open = await payload.count({
      collection: 'conversations',
      where: { status: { equals: 'open' } },
    })
    const waiting = await payload.count({
      collection: 'conversations',
      where: { status: { equals: 'open' }, unreadCount: { greater_than: 0 } },
    })
    expect([month.open, month.waiting]).toEqual([open.totalDocs, waiting.totalDocs])
  })

  it('gives every day of the last 90 for the chart', async () => {
    const { daily } = (await dashboard(`?date=${DAY}`)).body
    expect(daily).toHaveLength(90)
    expect(daily[0].day).toBe('2034-03-17')
    expect(daily.at(-1)).toEqual({ day: DAY, orders: 2, revenue: 17_000_000 })
    expect(daily.filter((day: any) => day.orders > 0)).toEqual([
      { day: '2034-05-10', orders: 1, revenue: 24_000_000 },
      { day: '2034-05-20', orders: 1, revenue: 800_000 },
      { day: '2034-06-02', orders: 1, revenue: 8_000_000 },
      { day: '2034-06-06', orders: 1, revenue: 18_000_000 },
      { day: '2034-06-13', orders: 1, revenue: 16_000_000 },
      { day: DAY, orders: 2, revenue: 17_000_000 },
    ])
  })

  it('gives the money owed now by the receivables rule, as the orders themselves add up', async () => {
    const { owed } = (await dashboard(`?date=${DAY}`)).body
    const { docs } = await payload.find({ collection: 'orders', pagination: false, depth: 0 })
    const owing = docs.filter((order) => amountOwed(order) > 0)
    expect(owed).toEqual({
      total: balanceOf(docs),
      orders: owing.length,
      clients: new Set(owing.map((order) => order.client)).size,
    })
    expect(owed.total).toBeGreaterThanOrEqual(8_000_000)
  })

  it('is as of today in Tashkent without a date, over the month without a period', async () => {
    const { status, body } = await dashboard('')
    expect(status).toBe(200)
    expect(body.date).toBe(calendarDateIn(new Date(), 'Asia/Tashkent'))
    expect(body.period).toBe('month')
  })

  it('refuses a bad date or period with the field and the reason, and strangers', async () => {
    for (const query of ['?date=2034-02-30', '?date=yesterday', '?date=1999-12-31', '?date=']) {
      const { status, body } = await dashboard(query)
      expect([query, status, body.errors[0].field]).toEqual([query, 400, 'date'])
      expect(body.errors[0].message).toMatch(/YYYY-MM-DD/)
    }
    for (const query of ['?period=year', '?period=', `?date=${DAY}&period=Month`]) {
      const { status, body } = await dashboard(query)
      expect([query, status, body.errors[0]]).toEqual([
        query,
        400,
        { field: 'period', message: 'period must be one of day, week, month' },
      ])
    }
    const stranger = await dashboard(`?date=${DAY}`, {})
    expect(stranger.status).toBe(401)
  })

  it("the production plan's day picker reads tomorrow's plan", async () => {
    const response = await fetch(`${server.url}/reports/morning?date=2034-06-15`, { headers })
    const plan = (await response.json()) as any
    expect([plan.date, plan.orders, plan.products[0].quantity]).toEqual(['2034-06-15', 1, 7])
  })
})
