import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let client: Awaited<ReturnType<typeof makeClient>>
const as: Record<'admin' | 'manager' | 'accountant' | 'anonymous', Record<string, string>> = {
  admin: {},
  manager: {},
  accountant: {},
  anonymous: { 'content-type': 'application/json' },
}

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  catalog = await makeCatalog(payload)
  client = await makeClient(payload)
  for (const role of ['admin', 'manager', 'accountant'] as const) {
    const user = await makeUser(payload, role)
    as[role] = await login(server.url, user.email, PASSWORD)
  }
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

async function call(role: keyof typeof as, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: as[role],
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null
  return { status: response.status, json }
}

/** The `{ path, message }` pairs of a Payload validation response. */
function fieldErrors(json: Record<string, unknown> | null): { path: string; message: string }[] {
  const errors = (json?.errors ?? []) as {
    data?: { errors?: { path: string; message: string }[] }
  }[]
  return errors.flatMap((error) => error.data?.errors ?? [])
}

const orderBody = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  client: client.id,
  fulfillment: 'pickup',
  deliveryDate: '2026-12-01',
  items,
  ...extra,
})

describe('access by role through REST', () => {
  it('gives anonymous callers nothing', async () => {
    for (const path of [
      '/orders',
      '/clients',
      '/products',
      '/client-prices',
      '/transactions',
      '/users',
      '/outbox',
    ]) {
      expect([path, (await call('anonymous', 'GET', path)).status]).toEqual([path, 403])
    }
    expect((await call('anonymous', 'GET', '/globals/settings')).status).toBe(403)
    expect(
      (
        await call(
          'anonymous',
          'POST',
          '/orders',
          orderBody([{ product: catalog.bread.id, quantity: 1 }]),
        )
      ).status,
    ).toBe(403)
  })

  it('lets an accountant read orders, clients and transactions but change nothing', async () => {
    for (const path of ['/orders', '/clients', '/transactions', '/products']) {
      expect([path, (await call('accountant', 'GET', path)).status]).toEqual([path, 200])
    }
    const order = await payload.create({
      collection: 'orders',
      data: orderBody([{ product: catalog.bread.id, quantity: 10 }]) as never,
    })
    // A legal move, but not the accountant's to make.
    expect(
      (await call('accountant', 'PATCH', `/orders/${order.id}`, { status: 'accepted' })).status,
    ).toBe(403)
    expect(
      (
        await call('accountant', 'POST', '/products', {
          name: 'x',
          sku: unique(),
          category: catalog.category.id,
          price: 1,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await call('accountant', 'POST', '/client-prices', {
          client: client.id,
          product: catalog.samsa.id,
          price: 1,
        })
      ).status,
    ).toBe(403)
    expect(
      (await call('accountant', 'POST', '/globals/settings', { minOrderAmount: 0 })).status,
    ).toBe(403)
    const users = await call('accountant', 'GET', '/users')
    expect(users.json?.totalDocs).toBe(1)
  })

  it('lets a manager run catalog, prices, clients and orders, but not users', async () => {
    const product = await call('manager', 'POST', '/products', {
      name: 'Lepyoshka',
      sku: unique('LEP-'),
      category: catalog.category.id,
      unit: 'pcs',
      price: 500000,
    })
    expect(product.status).toBe(201)
    const productId = (product.json!.doc as { id: number }).id
    expect(
      (
        await call('manager', 'POST', '/client-prices', {
          client: client.id,
          product: productId,
          price: 450000,
        })
      ).status,
    ).toBe(201)
    const order = await call(
      'manager',
      'POST',
      '/orders',
      orderBody([{ product: productId, quantity: 4, unitPrice: 1 }]),
    )
    expect(order.status).toBe(201)
    const doc = order.json?.doc as { id: number; total: number; items: { unitPrice: number }[] }
    expect(doc.items[0].unitPrice).toBe(450000)
    expect(doc.total).toBe(1800000)
    expect(
      (await call('manager', 'PATCH', `/orders/${doc.id}`, { status: 'accepted' })).status,
    ).toBe(200)
    expect(
      (
        await call('manager', 'POST', '/users', {
          email: `${unique()}@x.uz`,
          password: PASSWORD,
          name: 'x',
          roles: ['admin'],
        })
      ).status,
    ).toBe(403)
  })

  it('lets an admin manage users, and nobody promote themselves', async () => {
    const created = await call('admin', 'POST', '/users', {
      email: `${unique()}@x.uz`,
      password: PASSWORD,
      name: 'Baker',
      roles: ['accountant'],
    })
    expect(created.status).toBe(201)
    const me = await call('manager', 'GET', '/users/me')
    const myId = (me.json!.user as { id: number }).id
    await call('manager', 'PATCH', `/users/${myId}`, { roles: ['admin'] })
    const after = await payload.findByID({ collection: 'users', id: myId })
    expect(after.roles).toEqual(['manager'])
  })
})

describe('bad input through REST: a 400 naming the field', () => {
  const clientBody = (extra: Record<string, unknown>) => ({ name: unique('Cafe '), ...extra })

  it.each([
    ['inn', '105123456'],
    ['inn', '30512345'],
    ['inn', 'abcdefghi'],
    ['mfo', '1234'],
    ['bankAccount', '2020800090012345600'],
    ['vatRegCode', '12345'],
    ['phone', '+7 912 345 67 89'],
    ['phone', '12345'],
  ])('client %s = %p', async (field, value) => {
    const { status, json } = await call(
      'manager',
      'POST',
      '/clients',
      clientBody({ [field]: value }),
    )
    expect(status).toBe(400)
    expect(fieldErrors(json).map((error) => error.path)).toEqual([field])
  })

  it('stores a phone and numbers in one spelling however they were typed', async () => {
    const { status, json } = await call(
      'manager',
      'POST',
      '/clients',
      clientBody({ phone: '90 123-45-67', bankAccount: '2020 8000 9001 2345 6001' }),
    )
    expect(status).toBe(201)
    expect(json?.doc).toEqual(
      expect.objectContaining({ phone: '+998901234567', bankAccount: '20208000900123456001' }),
    )
  })

  it.each([0, -3, 2.5, 99999999999, 'ten'])('order quantity %p', async (quantity) => {
    const { status, json } = await call(
      'manager',
      'POST',
      '/orders',
      orderBody([{ product: catalog.bread.id, quantity }]),
    )
    expect(status).toBe(400)
    expect(fieldErrors(json).map((error) => error.path)).toEqual(['items.0.quantity'])
  })

  it('an unknown or inactive product, or no lines', async () => {
    for (const [items, path] of [
      [[{ product: 987654321, quantity: 10 }], 'items.0.product'],
      [[{ product: catalog.retired.id, quantity: 10 }], 'items.0.product'],
      [[], 'items'],
    ] as const) {
      const { status, json } = await call('manager', 'POST', '/orders', orderBody([...items]))
      expect(status).toBe(400)
      expect(fieldErrors(json).map((error) => error.path)).toContain(path)
    }
  })

  it('a duplicate client price', async () => {
    const body = { client: client.id, product: catalog.samsa.id, price: 800000 }
    expect((await call('manager', 'POST', '/client-prices', body)).status).toBe(201)
    const again = await call('manager', 'POST', '/client-prices', body)
    expect(again.status).toBe(400)
    expect(fieldErrors(again.json)).toEqual([expect.objectContaining({ path: 'product' })])
  })

  it('a status that does not exist, and an illegal move', async () => {
    const created = await call(
      'manager',
      'POST',
      '/orders',
      orderBody([{ product: catalog.bread.id, quantity: 10 }]),
    )
    const id = (created.json!.doc as { id: number }).id
    const unknown = await call('manager', 'PATCH', `/orders/${id}`, { status: 'teleported' })
    expect(unknown.status).toBe(400)
    expect(fieldErrors(unknown.json).map((error) => error.path)).toEqual(['status'])
    const illegal = await call('manager', 'PATCH', `/orders/${id}`, { status: 'given' })
    expect(illegal.status).toBe(400)
    expect(fieldErrors(illegal.json)).toEqual(
      [
        {
          path: 'status',
          message: 'Cannot move a pickup order from new to given. Allowed: accepted, cancelled',
          label: 'Status',
        },
      ].map((error) => expect.objectContaining({ path: error.path, message: error.message })),
    )
    // The admin's toast shows the error's own message: it explains, rather than naming the field.
    const [error] = (illegal.json as { errors: { message: string }[] }).errors
    expect(error.message).toBe(
      'Cannot move a pickup order from new to given. Allowed: accepted, cancelled',
    )
  })

  it('malformed JSON and a missing delivery date', async () => {
    const malformed = await fetch(`${server.url}/orders`, {
      method: 'POST',
      headers: as.manager,
      body: '{"client":',
    })
    expect(malformed.status).toBeLessThan(500)
    const { status, json } = await call(
      'manager',
      'POST',
      '/orders',
      orderBody([{ product: catalog.bread.id, quantity: 10 }], { deliveryDate: 'tomorrow-ish' }),
    )
    expect(status).toBe(400)
    expect(fieldErrors(json).map((error) => error.path)).toEqual(['deliveryDate'])
  })
})

describe('deleting what is still in use', () => {
  const message = (json: Record<string, unknown> | null) =>
    (json?.errors as { message: string }[] | undefined)?.[0]?.message

  it('refuses a client, product or category that orders and products still point at, saying what to do', async () => {
    const buyer = await makeClient(payload)
    await payload.create({
      collection: 'orders',
      data: orderBody([{ product: catalog.bread.id, quantity: 10 }], { client: buyer.id }) as never,
    })
    const refusedClient = await call('manager', 'DELETE', `/clients/${buyer.id}`)
    expect([refusedClient.status, message(refusedClient.json)]).toEqual([
      400,
      'This client has 1 orders: set its status to Blocked instead.',
    ])
    const refusedProduct = await call('manager', 'DELETE', `/products/${catalog.bread.id}`)
    expect(refusedProduct.status).toBe(400)
    expect(message(refusedProduct.json)).toMatch(/untick Active/)
    const refusedCategory = await call('manager', 'DELETE', `/categories/${catalog.category.id}`)
    expect(refusedCategory.status).toBe(400)
    expect(message(refusedCategory.json)).toMatch(/move them first/)
  })

  it('deletes a client without orders together with its negotiated prices', async () => {
    const prospect = await makeClient(payload)
    await payload.create({
      collection: 'client-prices',
      data: { client: prospect.id, product: catalog.bread.id, price: 700000 },
    })
    expect((await call('manager', 'DELETE', `/clients/${prospect.id}`)).status).toBe(200)
    const { totalDocs } = await payload.count({
      collection: 'client-prices',
      where: { client: { equals: prospect.id } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('health', () => {
  it('reports the database as up', async () => {
    const { status, json } = await call('anonymous', 'GET', '/health')
    expect(status).toBe(200)
    expect(json).toEqual(expect.objectContaining({ status: 'ok', database: 'up' }))
  })
})

describe('prices while an order is composed', () => {
  it("shows the client's own price, the base price, and what is wrong with a line", async () => {
    const cafe = await makeClient(payload)
    await payload.create({
      collection: 'client-prices',
      data: { client: cafe.id, product: catalog.bread.id, price: 750000 },
    })
    const { status, json } = await call('manager', 'POST', '/orders/price-preview', {
      client: cafe.id,
      items: [
        { product: catalog.bread.id, quantity: 80 },
        { product: catalog.samsa.id, quantity: 2 },
        { product: catalog.retired.id, quantity: 1 },
        { product: catalog.samsa.id, quantity: null },
        { product: null, quantity: 3 },
      ],
    })
    expect(status).toBe(200)
    expect(json).toEqual({
      lines: [
        {
          line: { productName: 'White bread', unit: 'pcs', unitPrice: 750000, lineTotal: 60000000 },
          problem: null,
        },
        { line: null, problem: 'Samsa: the minimum is 10' },
        { line: null, problem: expect.stringContaining('Retired bun') },
        {
          line: { productName: 'Samsa', unit: 'pcs', unitPrice: 900000, lineTotal: 0 },
          problem: null,
        },
        { line: null, problem: null },
      ],
      total: 60000000,
    })
    // Nothing was written: no order, no number drawn.
    expect(
      (await payload.find({ collection: 'orders', where: { client: { equals: cafe.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('answers bad input with a reason, and nobody but staff', async () => {
    const bad = [
      [{ client: client.id, items: 'bread' }, 'items'],
      [{ client: 'abc', items: [] }, 'client'],
      [{ client: client.id, items: [{ product: -1, quantity: 1 }] }, 'items.0.product'],
    ] as const
    for (const [body, field] of bad) {
      const { status, json } = await call('manager', 'POST', '/orders/price-preview', body)
      expect([field, status]).toEqual([field, 400])
      expect((json?.errors as { field: string }[] | undefined)?.[0]?.field).toBe(field)
    }
    expect((await call('anonymous', 'POST', '/orders/price-preview', { items: [] })).status).toBe(
      401,
    )
  })
})

describe('moving several orders at once', () => {
  const place = async () =>
    (
      await call(
        'manager',
        'POST',
        '/orders',
        orderBody([{ product: catalog.bread.id, quantity: 10 }]),
      )
    ).json!.doc as { id: number; number: number }

  it('moves each to its next step and says why one was refused', async () => {
    const [first, second, done] = [await place(), await place(), await place()]
    await call('manager', 'PATCH', `/orders/${done.id}`, { status: 'cancelled' })
    const { status, json } = await call('manager', 'POST', '/orders/bulk-status', {
      ids: [first.id, second.id, done.id, 999999999],
      status: 'next',
    })
    expect(status).toBe(200)
    expect(json?.results).toEqual([
      { id: first.id, number: first.number, ok: true, status: 'accepted' },
      { id: second.id, number: second.number, ok: true, status: 'accepted' },
      {
        id: done.id,
        number: done.number,
        ok: false,
        status: 'cancelled',
        message: 'This order is cancelled: it has no next step',
      },
      { id: 999999999, number: null, ok: false, status: null, message: 'No such order' },
    ])
    const moved = await payload.findByID({ collection: 'orders', id: first.id })
    expect(moved.statusHistory?.at(-1)).toMatchObject({ to: 'accepted', actor: 'manager' })

    // A named status: the order already there stays, the one that may not jump is refused.
    const jump = await call('manager', 'POST', '/orders/bulk-status', {
      ids: [first.id, (await place()).id],
      status: 'preparing',
    })
    expect(jump.json?.results).toEqual([
      expect.objectContaining({ id: first.id, ok: true, status: 'preparing' }),
      expect.objectContaining({
        ok: false,
        status: 'new',
        message: 'Cannot move a pickup order from new to preparing. Allowed: accepted, cancelled',
      }),
    ])
  })

  it('answers bad input with a reason, and only managers may move', async () => {
    const order = await place()
    for (const [body, field] of [
      [{ ids: [], status: 'next' }, 'ids'],
      [{ ids: [order.id], status: 'teleported' }, 'status'],
      [{ ids: 'all', status: 'next' }, 'ids'],
      [{ ids: Array.from({ length: 201 }, (_, i) => i + 1), status: 'next' }, 'ids'],
    ] as const) {
      const { status, json } = await call('manager', 'POST', '/orders/bulk-status', body)
      expect([field, status]).toEqual([field, 400])
      expect((json?.errors as { field: string }[] | undefined)?.[0]?.field).toBe(field)
    }
    const body = { ids: [order.id], status: 'next' }
    expect((await call('accountant', 'POST', '/orders/bulk-status', body)).status).toBe(403)
    expect((await call('anonymous', 'POST', '/orders/bulk-status', body)).status).toBe(401)
  })
})
