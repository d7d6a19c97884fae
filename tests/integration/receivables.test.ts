import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { addDays } from '@/domain/calendarDate'
import type { ClientReceivable } from '@/domain/receivables'
import { todayIn } from '@/shared/todayIn'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let rest: RestServer
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let today: string
const auth: Record<'admin' | 'manager' | 'accountant', Record<string, string>> = {
  admin: {},
  manager: {},
  accountant: {},
}

beforeAll(async () => {
  payload = await openPayload()
  rest = await startRestServer()
  catalog = await makeCatalog(payload)
  today = await todayIn(payload)
  for (const role of ['admin', 'manager', 'accountant'] as const) {
    const user = await makeUser(payload, role)
    auth[role] = await login(rest.url, user.email, PASSWORD)
  }
})
afterAll(async () => {
  await rest?.close()
  await closePayload(payload)
})

const call = async (method: string, path: string, body?: object, as = auth.manager) => {
  const response = await fetch(`${rest.url}${path}`, {
    method,
    headers: as,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

const balanceOf = async (clientId: number) =>
  (await call('GET', `/clients/${clientId}?depth=0`)).body.balance as number

const DELIVERY = ['accepted', 'preparing', 'on_the_way', 'delivered'] as const

/** An order of `loaves` white loaves (8 000 so'm each) placed by a manager over REST, moved `to` along the delivery path. */
async function order(clientId: number, loaves: number, to: number, deliveryDate = today) {
  const created = await call('POST', '/orders', {
    client: clientId,
    fulfillment: 'delivery',
    deliveryDate,
    items: [{ product: catalog.bread.id, quantity: loaves }],
  })
  expect(created.status).toBe(201)
  for (const status of DELIVERY.slice(0, to)) {
    const moved = await call('PATCH', `/orders/${created.body.doc.id}`, { status })
    expect([status, moved.status]).toEqual([status, 200])
  }
  return created.body.doc as { id: number; total: number }
}
const delivered = (clientId: number, loaves: number, deliveryDate?: string) =>
  order(clientId, loaves, DELIVERY.length, deliveryDate)

const pay = (orderId: number, amount: number) =>
  call('POST', '/payments/manual', {
    order: orderId,
    provider: 'cash',
    amount,
    requestId: unique('cash-'),
  })

describe("a client's balance", () => {
  it('grows when an order is delivered, shrinks by a part payment, is not raised by a refund', async () => {
    const client = await makeClient(payload)
    expect(await balanceOf(client.id)).toBe(0)

    const first = await order(client.id, 12, 3)
    expect(await balanceOf(client.id)).toBe(0) // on its way: not handed over, nothing owed yet
    await call('PATCH', `/orders/${first.id}`, { status: 'delivered' })
    expect(await balanceOf(client.id)).toBe(96_000_00)

    expect((await pay(first.id, 50_000_00)).status).toBe(200)
    expect(await balanceOf(client.id)).toBe(46_000_00)

    // A loaf came back burnt: money given back is not asked for again (leftToPay).
    const refund = await call('POST', '/payments/refund', {
      order: first.id,
      amount: 8_000_00,
      reason: 'one loaf burnt',
      requestId: unique('refund-'),
    })
    expect(refund.status).toBe(200)
    expect(await balanceOf(client.id)).toBe(46_000_00)

    const second = await delivered(client.id, 5)
    expect(await balanceOf(client.id)).toBe(86_000_00)
    expect((await pay(second.id, 40_000_00)).status).toBe(200)
    expect((await pay(first.id, 46_000_00)).status).toBe(200)
    expect(await balanceOf(client.id)).toBe(0)
  })

  it('is left as it was when an order not yet handed over is cancelled or deleted', async () => {
    const client = await makeClient(payload)
    await delivered(client.id, 3)
    const accepted = await order(client.id, 10, 1)
    expect(await balanceOf(client.id)).toBe(24_000_00)
    expect((await call('PATCH', `/orders/${accepted.id}`, { status: 'cancelled' })).status).toBe(
      200,
    )
    expect(await balanceOf(client.id)).toBe(24_000_00)
    const fresh = await order(client.id, 4, 0)
    expect((await call('DELETE', `/orders/${fresh.id}`)).status).toBe(200)
    expect(await balanceOf(client.id)).toBe(24_000_00)
  })

  it('changes for neither client when an order moves between them while new; a delivered one stays', async () => {
    const [from, to] = [await makeClient(payload), await makeClient(payload)]
    const fresh = await order(from.id, 2, 0)
    const handedOver = await delivered(from.id, 1)
    expect((await call('PATCH', `/orders/${fresh.id}`, { client: to.id })).status).toBe(200)
    expect((await call('PATCH', `/orders/${handedOver.id}`, { client: to.id })).status).toBe(400)
    expect([await balanceOf(from.id), await balanceOf(to.id)]).toEqual([8_000_00, 0])
  })

  it('stays right when payments for two orders of one client land at the same moment', async () => {
    const client = await makeClient(payload)
    const orders = [await delivered(client.id, 10), await delivered(client.id, 10)]
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(orders.map((o) => pay(o.id, 10_000_00)))
      expect(answers.map((answer) => answer.status)).toEqual([200, 200])
    }
    expect(await balanceOf(client.id)).toBe(2 * (80_000_00 - 40_000_00))
  })

  it('is the server’s: a balance sent by a caller is ignored, and a client saved keeps the true one', async () => {
    const client = await makeClient(payload)
    await delivered(client.id, 1)
    const saved = await call('PATCH', `/clients/${client.id}`, { balance: 1, notes: 'calls at 9' })
    expect(saved.status).toBe(200)
    expect(saved.body.doc).toMatchObject({ balance: 8_000_00, notes: 'calls at 9' })
    expect(await balanceOf(client.id)).toBe(8_000_00)
    const created = await call('POST', '/clients', { name: unique('Cafe '), balance: 5 })
    expect(created.status).toBe(201)
    expect(created.body.doc.balance).toBe(0)
  })

  it('sorts and filters the clients list', async () => {
    const [small, large] = [await makeClient(payload), await makeClient(payload)]
    await delivered(small.id, 1)
    await delivered(large.id, 50)
    const ids = [small.id, large.id].join(',')
    const list = await call(
      'GET',
      `/clients?where[id][in]=${ids}&where[balance][greater_than]=1000000&sort=-balance&depth=0`,
    )
    expect(list.status).toBe(200)
    expect(list.body.docs.map((c: { id: number; balance: number }) => [c.id, c.balance])).toEqual([
      [large.id, 400_000_00],
    ])
    const ascending = await call('GET', `/clients?where[id][in]=${ids}&sort=balance&depth=0`)
    expect(ascending.body.docs.map((c: { id: number }) => c.id)).toEqual([small.id, large.id])
  })
})

describe('GET /api/receivables', () => {
  let owing: { id: number; name: string }
  let other: { id: number; name: string }

  beforeAll(async () => {
    owing = await makeClient(payload, { name: unique('Vostok Cafe ') })
    other = await makeClient(payload, { name: unique('Chorsu Shop ') })
    // 10, 45 and 90 days ago: one debt in each bucket; the oldest part paid.
    await delivered(owing.id, 10, addDays(today, -10))
    await delivered(owing.id, 20, addDays(today, -45))
    const oldest = await delivered(owing.id, 30, addDays(today, -90))
    await pay(oldest.id, 40_000_00)
    await delivered(other.id, 1, addDays(today, -31))
  })

  const mine = (clients: ClientReceivable[]) =>
    clients.filter((c) => c.clientId === owing.id || c.clientId === other.id)

  it('lists who owes, most first, aged from delivery, with totals', async () => {
    const { status, body } = await call('GET', '/receivables?format=json')
    expect(status).toBe(200)
    expect(body.today).toBe(today)
    expect(mine(body.clients)).toEqual([
      {
        clientId: owing.id,
        name: owing.name,
        phone: '+998901234567',
        orders: 3,
        total: 440_000_00,
        buckets: { days0to30: 80_000_00, days31to60: 160_000_00, over60: 200_000_00 },
      },
      {
        clientId: other.id,
        name: other.name,
        phone: '+998901234567',
        orders: 1,
        total: 8_000_00,
        buckets: { days0to30: 0, days31to60: 8_000_00, over60: 0 },
      },
    ])
    const totals = body.clients.reduce(
      (sum: number, client: ClientReceivable) => sum + client.total,
      0,
    )
    expect(body.totals.total).toBe(totals)
    expect(body.totals.clients).toBe(body.clients.length)
    const sorted = [...body.clients].sort((a, b) => b.total - a.total || a.clientId - b.clientId)
    expect(body.clients).toEqual(sorted)
    // Each listed client's total is the balance stored on the client.
    expect(await balanceOf(owing.id)).toBe(440_000_00)
    // JSON is the default; admins may look too.
    expect((await call('GET', '/receivables', undefined, auth.admin)).status).toBe(200)
  })

  it('exports to Excel in the language asked, amounts in so’m, totals as formulas with values', async () => {
    const response = await fetch(`${rest.url}/receivables?format=xlsx&lang=ru`, {
      headers: auth.manager,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="receivables-${today}.xlsx"`,
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.worksheets[0]
    expect(sheet.name).toBe('Дебиторская задолженность')
    const [day, month, year] = [today.slice(8), today.slice(5, 7), today.slice(0, 4)]
    expect(sheet.getRow(1).getCell(1).value).toBe(
      `Дебиторская задолженность на ${day}.${month}.${year}`,
    )
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Клиент',
      'Телефон',
      'Заказов',
      '0–30 дней',
      '31–60 дней',
      'Более 60 дней',
      'Всего',
    ])
    const rows = sheet.getRows(5, sheet.rowCount - 4)!
    const row = rows.find((r) => r.getCell(1).value === owing.name)!
    expect((row.values as unknown[]).slice(2)).toEqual([
      '+998901234567',
      3,
      80_000,
      160_000,
      200_000,
      440_000,
    ])
    const totals = rows.at(-1)!
    expect(totals.getCell(1).value).toBe('Итого')
    const json = (await call('GET', '/receivables')).body
    expect(totals.getCell(7).value).toEqual({
      formula: `SUM(G5:G${4 + json.clients.length})`,
      result: json.totals.total / 100,
    })
  })

  it('answers in English when asked', async () => {
    const response = await fetch(`${rest.url}/receivables?format=xlsx&lang=en`, {
      headers: auth.manager,
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets[0].getRow(4).getCell(6).value).toBe('Over 60 days')
  })

  it.each([
    ['format=pdf', 'format', 'format must be json or xlsx'],
    ['format=', 'format', 'format must be json or xlsx'],
    ['format=xlsx&lang=de', 'lang', 'lang must be one of ru, uz, en'],
  ])('refuses %s with a 400 naming the field', async (query, field, message) => {
    expect(await call('GET', `/receivables?${query}`)).toEqual({
      status: 400,
      body: { errors: [{ field, message }] },
    })
  })

  it('is for managers and admins only', async () => {
    expect(await call('GET', '/receivables', undefined, auth.accountant)).toEqual({
      status: 403,
      body: { errors: [{ message: 'Your role may not do this' }] },
    })
    expect(
      await call('GET', '/receivables', undefined, { 'content-type': 'application/json' }),
    ).toEqual({ status: 401, body: { errors: [{ message: 'Sign in as staff' }] } })
  })
})
