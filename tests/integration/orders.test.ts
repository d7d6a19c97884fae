import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq, initTransaction, killTransaction, ValidationError } from 'payload'

import { makeCatalog, makeClient, makeUser } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'

let payload: Payload
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let client: Awaited<ReturnType<typeof makeClient>>
let manager: Awaited<ReturnType<typeof makeUser>>

beforeAll(async () => {
  payload = await openPayload()
  catalog = await makeCatalog(payload)
  client = await makeClient(payload, { deliveryAddress: 'Amir Temur 107' })
  manager = await makeUser(payload, 'manager')
  await payload.create({
    collection: 'client-prices',
    data: { client: client.id, product: catalog.bread.id, price: 750000 },
  })
})
afterAll(() => closePayload(payload))

const newOrder = (
  items: { product: number; quantity: number; unitPrice?: number }[],
  extra: Record<string, unknown> = {},
) =>
  payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'delivery',
      deliveryDate: '2026-11-23',
      items,
      ...extra,
    } as never,
  })

async function validationErrors(
  promise: Promise<unknown>,
): Promise<{ path: string; message: string }[]> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors
}

describe('prices', () => {
  it('come from the server: negotiated price, else base price; caller prices are ignored', async () => {
    const order = await newOrder([
      { product: catalog.bread.id, quantity: 80, unitPrice: 1 },
      { product: catalog.samsa.id, quantity: 40, unitPrice: 1 },
    ])
    expect(
      order.items?.map(({ unitPrice, lineTotal, productName }) => ({
        productName,
        unitPrice,
        lineTotal,
      })),
    ).toEqual([
      { productName: 'White bread', unitPrice: 750000, lineTotal: 60000000 },
      { productName: 'Samsa', unitPrice: 900000, lineTotal: 36000000 },
    ])
    expect(order.total).toBe(96000000)
    expect(order.deliveryAddress).toBe('Amir Temur 107')
    expect(order.deliveryDate).toBe('2026-11-23T12:00:00.000Z')
  })

  it('are a snapshot: later catalog changes do not touch an existing order', async () => {
    const order = await newOrder([{ product: catalog.samsa.id, quantity: 10 }])
    await payload.update({ collection: 'products', id: catalog.samsa.id, data: { price: 1200000 } })
    await payload.update({
      collection: 'orders',
      id: order.id,
      data: { comment: 'ring twice', total: 1 },
    })
    const reread = await payload.findByID({ collection: 'orders', id: order.id })
    expect(reread.items?.[0].unitPrice).toBe(900000)
    expect(reread.total).toBe(9000000)
    await payload.update({ collection: 'products', id: catalog.samsa.id, data: { price: 900000 } })
  })

  it('are taken again when the client or the lines change while the order is new, and frozen after', async () => {
    const other = await makeClient(payload)
    const order = await newOrder([{ product: catalog.bread.id, quantity: 10 }])
    expect(order.total).toBe(7500000)
    const moved = await payload.update({
      collection: 'orders',
      id: order.id,
      data: { client: other.id },
    })
    expect([moved.total, moved.title]).toEqual([8000000, `#${order.number} · ${other.name}`])
    await payload.update({ collection: 'orders', id: order.id, data: { status: 'accepted' } })
    const errors = await validationErrors(
      payload.update({
        collection: 'orders',
        id: order.id,
        data: { items: [{ product: catalog.bread.id, quantity: 20 }] },
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'items',
        message: expect.stringMatching(/only be changed while the order is new/),
      }),
    ])
  })

  it('refuse unknown and inactive products, bad quantities and empty orders, naming the line', async () => {
    expect(
      await validationErrors(newOrder([{ product: catalog.retired.id, quantity: 10 }])),
    ).toEqual([
      expect.objectContaining({ path: 'items.0.product', message: 'Retired bun is not available' }),
    ])
    expect(await validationErrors(newOrder([{ product: 99999999, quantity: 10 }]))).toEqual([
      expect.objectContaining({ path: 'items.0.product' }),
    ])
    for (const quantity of [0, -3, 2.5, 99999999999]) {
      const errors = await validationErrors(newOrder([{ product: catalog.bread.id, quantity }]))
      expect(errors.map((error) => error.path)).toEqual(['items.0.quantity'])
    }
    expect(
      (await validationErrors(newOrder([{ product: catalog.samsa.id, quantity: 5 }])))[0].message,
    ).toMatch(/minimum is 10/)
    expect((await validationErrors(newOrder([])))[0].path).toBe('items')
  })
})

describe('numbers', () => {
  it('are sequential and unique when orders are created at once', async () => {
    const orders = await Promise.all(
      Array.from({ length: 12 }, () => newOrder([{ product: catalog.bread.id, quantity: 10 }])),
    )
    const numbers = orders.map((order) => order.number!).sort((a, b) => a - b)
    expect(new Set(numbers).size).toBe(12)
    expect(numbers.at(-1)! - numbers[0]).toBe(11)
    expect(orders[0].title).toBe(`#${orders[0].number} · ${client.name}`)
  })
})

describe('status workflow', () => {
  it('refuses an illegal move on the status field and says which moves are allowed', async () => {
    const order = await newOrder([{ product: catalog.bread.id, quantity: 10 }])
    const errors = await validationErrors(
      payload.update({ collection: 'orders', id: order.id, data: { status: 'delivered' } }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'status',
        message: 'Cannot move a delivery order from new to delivered. Allowed: accepted, cancelled',
      }),
    ])
  })

  it('starts every order as new', async () => {
    const errors = await validationErrors(
      newOrder([{ product: catalog.bread.id, quantity: 10 }], { status: 'delivered' }),
    )
    expect(errors[0].path).toBe('status')
  })

  it('records each move with its actor, and lets a client cancel only while new', async () => {
    const order = await newOrder([{ product: catalog.bread.id, quantity: 10 }], {
      fulfillment: 'pickup',
    })
    await payload.update({
      collection: 'orders',
      id: order.id,
      data: { status: 'accepted' },
      user: manager,
      overrideAccess: false,
    })
    const clientCancel = payload.update({
      collection: 'orders',
      id: order.id,
      data: { status: 'cancelled' },
      context: { actor: 'client' },
    })
    expect((await validationErrors(clientCancel))[0]).toEqual(
      expect.objectContaining({
        path: 'status',
        message: 'A client can only cancel an order while it is new',
      }),
    )
    for (const status of ['preparing', 'ready', 'given'] as const) {
      await payload.update({
        collection: 'orders',
        id: order.id,
        data: { status },
        context: { actor: 'system' },
      })
    }
    const done = await payload.findByID({ collection: 'orders', id: order.id })
    expect(done.statusHistory?.map(({ from, to, actor }) => [from, to, actor])).toEqual([
      [null, 'new', 'system'],
      ['new', 'accepted', manager.name],
      ['accepted', 'preparing', 'system'],
      ['preparing', 'ready', 'system'],
      ['ready', 'given', 'system'],
    ])
    const final = await validationErrors(
      payload.update({ collection: 'orders', id: order.id, data: { status: 'cancelled' } }),
    )
    expect(final[0].message).toMatch(/final/)
  })

  it('ignores a history sent by a caller', async () => {
    const order = await newOrder([{ product: catalog.bread.id, quantity: 10 }], {
      statusHistory: [
        { from: 'new', to: 'delivered', at: new Date().toISOString(), actor: 'forged' },
      ],
    })
    expect(order.statusHistory?.map((entry) => entry.actor)).toEqual(['system'])
  })
})

describe('outbox', () => {
  const outboxRowsFor = async (orderId: number, req?: PayloadRequest) => {
    const { docs } = await payload.find({
      collection: 'outbox',
      pagination: false,
      where: { topic: { equals: 'order.status_changed' } },
      sort: 'id',
      req,
    })
    return docs.filter((row) => (row.payload as { order?: number }).order === orderId)
  }

  it('gets one row per status change, none for other edits', async () => {
    const order = await newOrder([{ product: catalog.bread.id, quantity: 10 }])
    await payload.update({ collection: 'orders', id: order.id, data: { status: 'accepted' } })
    await payload.update({
      collection: 'orders',
      id: order.id,
      data: { comment: 'no status change' },
    })
    const rows = await outboxRowsFor(order.id)
    expect(rows.map((row) => row.payload)).toEqual([
      {
        order: order.id,
        number: order.number,
        client: client.id,
        from: null,
        to: 'new',
        total: order.total,
        sequence: `client:${client.id}`,
      },
      {
        order: order.id,
        number: order.number,
        client: client.id,
        from: 'new',
        to: 'accepted',
        total: order.total,
        sequence: `client:${client.id}`,
      },
    ])
    expect(rows.every((row) => row.status === 'pending')).toBe(true)
  })

  it('queues the staff card of a new order and a refresh of it on every move', async () => {
    const order = await newOrder([{ product: catalog.bread.id, quantity: 10 }])
    await payload.update({ collection: 'orders', id: order.id, data: { status: 'accepted' } })
    await payload.update({
      collection: 'orders',
      id: order.id,
      data: { comment: 'no status change' },
    })
    const { docs } = await payload.find({
      collection: 'outbox',
      where: { topic: { equals: 'staff.order_card' }, 'payload.order': { equals: order.id } },
    })
    expect(docs.map((row) => row.payload)).toEqual([
      { order: order.id, sequence: `card:${order.id}` },
      { order: order.id, sequence: `card:${order.id}` },
    ])
  })

  it('moves an order once when two people move it at the same moment', async () => {
    const order = await newOrder([{ product: catalog.bread.id, quantity: 10 }])
    const move = (status: 'accepted' | 'cancelled') =>
      payload.update({ collection: 'orders', id: order.id, data: { status } })
    const results = await Promise.allSettled([move('accepted'), move('cancelled')])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toBeInstanceOf(ValidationError)
    expect(String(refused.reason.data.errors[0].message)).toMatch(/meanwhile/)
    const stored = await payload.findByID({ collection: 'orders', id: order.id })
    expect(stored.statusHistory?.map((entry) => entry.to)).toHaveLength(2)
  })

  it('loses the row when the update is rolled back', async () => {
    const order = await newOrder([{ product: catalog.bread.id, quantity: 10 }])
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'orders', id: order.id, data: { status: 'accepted' }, req })
    expect(await outboxRowsFor(order.id, req)).toHaveLength(2)
    await killTransaction(req)
    expect(
      (await outboxRowsFor(order.id)).map((row) => (row.payload as { to: string }).to),
    ).toEqual(['new'])
    expect((await payload.findByID({ collection: 'orders', id: order.id })).status).toBe('new')
  })
})

describe('uniqueness', () => {
  it('allows one negotiated price per client and product, with a clear message', async () => {
    const errors = await validationErrors(
      payload.create({
        collection: 'client-prices',
        data: { client: client.id, product: catalog.bread.id, price: 1 },
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'product',
        message: expect.stringMatching(/already has a price/),
      }),
    ])
  })

  it('allows one product per SKU', async () => {
    const errors = await validationErrors(
      payload.create({
        collection: 'products',
        data: {
          name: 'Copy',
          sku: catalog.bread.sku,
          category: catalog.category.id,
          unit: 'pcs',
          price: 100,
        },
      }),
    )
    expect(errors[0].path).toBe('sku')
  })
})
