import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { ValidationError } from 'payload'

import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let client: Awaited<ReturnType<typeof makeClient>>
let manager: Record<string, string>
let admin: Record<string, string>

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  catalog = await makeCatalog(payload)
  client = await makeClient(payload, { status: 'active' })
  manager = await login(server.url, (await makeUser(payload, 'manager')).email, PASSWORD)
  admin = await login(server.url, (await makeUser(payload, 'admin')).email, PASSWORD)
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

async function call(headers: Record<string, string>, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: response.status,
    json: (await response.json().catch(() => null)) as Record<string, any> | null,
  }
}

const orderBody = (extra: Record<string, unknown> = {}) => ({
  client: client.id,
  fulfillment: 'pickup',
  deliveryDate: '2026-12-01',
  items: [{ product: catalog.bread.id, quantity: 10 }],
  ...extra,
})

const fieldErrors = (json: Record<string, any> | null): { path: string; message: string }[] =>
  (json?.errors ?? []).flatMap((e: any) => e.data?.errors ?? [])

describe('fields the server owns', () => {
  it('are never taken from a caller on create or update, through REST or GraphQL', async () => {
    const forged = {
      paymentStatus: 'paid',
      currency: 'USD',
      source: 'bot',
      amountPaid: 8_000_000,
      number: 1,
      statusHistory: [{ to: 'delivered', at: '2026-01-01', actor: 'x' }],
    }
    const created = await call(manager, 'POST', '/orders', orderBody(forged))
    expect(created.status).toBe(201)
    const order = created.json!.doc
    expect(order).toMatchObject({
      paymentStatus: 'unpaid',
      currency: 'UZS',
      source: 'admin',
      amountPaid: 0,
    })
    expect(order.number).not.toBe(1)
    expect(order.statusHistory).toHaveLength(1)

    const patched = await call(manager, 'PATCH', `/orders/${order.id}`, {
      ...forged,
      items: [{ product: catalog.bread.id, quantity: 10, unitPrice: 1, lineTotal: 1 }],
    })
    expect(patched.status).toBe(200)
    const stored = await payload.findByID({ collection: 'orders', id: order.id })
    expect(stored).toMatchObject({
      paymentStatus: 'unpaid',
      currency: 'UZS',
      source: 'admin',
      amountPaid: 0,
      number: order.number,
      total: 8_000_000,
    })
    expect(stored.items?.[0]).toMatchObject({ unitPrice: 800_000, lineTotal: 8_000_000 })

    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: manager,
      body: JSON.stringify({
        query: `mutation { updateOrder(id: ${order.id}, data: { paymentStatus: paid, currency: "EUR" }) { paymentStatus currency } }`,
      }),
    })
    const answer = (await graphql.json()) as { data?: { updateOrder?: unknown } }
    expect(answer.data?.updateOrder ?? null).toEqual(
      answer.data?.updateOrder ? { paymentStatus: 'unpaid', currency: 'UZS' } : null,
    )
    expect(await payload.findByID({ collection: 'orders', id: order.id })).toMatchObject({
      paymentStatus: 'unpaid',
      currency: 'UZS',
    })
  })
})

describe('editing a new order', () => {
  it('keeps the price each line was copied at; only an added line takes today’s price', async () => {
    const order = await payload.create({ collection: 'orders', data: orderBody() as never })
    await payload.update({
      collection: 'products',
      id: catalog.bread.id,
      data: { price: 1_000_000 },
    })
    try {
      const edited = await call(manager, 'PATCH', `/orders/${order.id}`, {
        items: [
          { id: order.items![0].id, product: catalog.bread.id, quantity: 20 },
          { product: catalog.bread.id, quantity: 1 },
        ],
      })
      expect(edited.status).toBe(200)
      expect(
        edited.json!.doc.items.map((line: { unitPrice: number; lineTotal: number }) => [
          line.unitPrice,
          line.lineTotal,
        ]),
      ).toEqual([
        [800_000, 16_000_000],
        [1_000_000, 1_000_000],
      ])
      // A caller that sends no row ids keeps the line by its product.
      const again = await call(manager, 'PATCH', `/orders/${order.id}`, {
        items: [{ product: catalog.bread.id, quantity: 5 }],
      })
      expect(again.json!.doc.items[0]).toMatchObject({ unitPrice: 800_000, lineTotal: 4_000_000 })
    } finally {
      await payload.update({
        collection: 'products',
        id: catalog.bread.id,
        data: { price: 800_000 },
      })
    }
  })
})

describe('deleting orders', () => {
  it('deletes a new order without money, and refuses an accepted or a paid one with a message', async () => {
    const fresh = await payload.create({ collection: 'orders', data: orderBody() as never })
    expect((await call(manager, 'DELETE', `/orders/${fresh.id}`)).status).toBe(200)

    const accepted = await payload.create({ collection: 'orders', data: orderBody() as never })
    await payload.update({ collection: 'orders', id: accepted.id, data: { status: 'accepted' } })
    const refused = await call(admin, 'DELETE', `/orders/${accepted.id}`)
    expect(refused.status).toBe(400)
    expect(refused.json!.errors[0].message).toBe(
      'Only a new order can be deleted: cancel this one instead',
    )

    const paid = await payload.create({ collection: 'orders', data: orderBody() as never })
    await payload.create({
      collection: 'transactions',
      data: {
        order: paid.id,
        client: client.id,
        provider: 'cash',
        kind: 'payment',
        status: 'succeeded',
        amount: 8_000_000,
        externalId: `cash:del-${paid.id}`,
        currency: 'UZS',
      },
    })
    const withMoney = await call(admin, 'DELETE', `/orders/${paid.id}`)
    expect(withMoney.status).toBe(400)
    expect(withMoney.json!.errors[0].message).toMatch(/payments recorded: cancel it/)
    // A bulk delete through the list passes the same rule.
    const bulk = await call(admin, 'DELETE', `/orders?where[id][in]=${accepted.id},${paid.id}`)
    expect(bulk.json!.docs ?? []).toEqual([])
    expect(
      (await payload.find({ collection: 'orders', where: { id: { in: [accepted.id, paid.id] } } }))
        .totalDocs,
    ).toBe(2)
  })
})

describe('an order the client places (bot, Mini App)', () => {
  const asClient = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'orders',
      data: {
        ...orderBody({ deliveryDate: undefined }),
        deliveryDate: tomorrow(),
        ...data,
      } as never,
      context: { actor: 'client', channel: 'bot' },
    })

  async function refusal(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors
  }

  it('is refused by the orders collection itself for a blocked or waiting client, a hidden category and a total under the minimum', async () => {
    const blocked = await makeClient(payload, { status: 'blocked' })
    const waiting = await makeClient(payload, { status: 'pending' })
    expect(await refusal(asClient({ client: blocked.id }))).toEqual([
      { path: 'client', message: 'This client may no longer order: ask the bakery' },
    ])
    expect(await refusal(asClient({ client: waiting.id }))).toEqual([
      { path: 'client', message: 'This client is waiting for approval and cannot order yet' },
    ])

    await payload.update({
      collection: 'categories',
      id: catalog.category.id,
      data: { active: false },
    })
    try {
      expect(await refusal(asClient({}))).toEqual([
        { path: 'items', message: 'White bread is not on sale' },
      ])
      // Staff may still take an order outside the client's rules.
      expect(
        (await payload.create({ collection: 'orders', data: orderBody() as never })).status,
      ).toBe('new')
    } finally {
      await payload.update({
        collection: 'categories',
        id: catalog.category.id,
        data: { active: true },
      })
    }

    await payload.updateGlobal({ slug: 'settings', data: { minOrderAmount: 10_000_000 } })
    try {
      expect(await refusal(asClient({}))).toEqual([
        { path: 'items', message: "The minimum order is 100 000 so'm; this one is 80 000 so'm" },
      ])
      const placed = await asClient({ items: [{ product: catalog.bread.id, quantity: 13 }] })
      expect(placed).toMatchObject({ source: 'bot', total: 10_400_000 })
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { minOrderAmount: 0 } })
    }
  })
})

describe('wrong types', () => {
  it.each([
    ['an address as a list', { deliveryAddress: ['a', 'b'] }, 'deliveryAddress', 'Enter text'],
    ['a comment as an object', { comment: { text: 'hi' } }, 'comment', 'Enter text'],
    [
      'a comment of 501 characters',
      { comment: 'x'.repeat(501) },
      'comment',
      'At most 500 characters',
    ],
  ])('refuses %s with 400 naming the field, storing nothing', async (_, extra, path, message) => {
    const before = (await payload.count({ collection: 'orders' })).totalDocs
    const response = await call(manager, 'POST', '/orders', orderBody(extra))
    expect(response.status).toBe(400)
    expect(fieldErrors(response.json)).toEqual([expect.objectContaining({ path, message })])
    expect((await payload.count({ collection: 'orders' })).totalDocs).toBe(before)
  })

  it('refuses a fractional minimum quantity', async () => {
    const response = await call(manager, 'PATCH', `/products/${catalog.bread.id}`, {
      minQuantity: 1.5,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.json)).toEqual([
      expect.objectContaining({ path: 'minQuantity', message: 'Quantity must be a whole number' }),
    ])
  })
})

function tomorrow(): string {
  return new Date(Date.now() + 36 * 3600_000).toLocaleDateString('en-CA', {
    timeZone: 'Asia/Tashkent',
  })
}
