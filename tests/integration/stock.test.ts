import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Product } from '@payload-types'
import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { dateRulesFrom, offeredDays } from '@/domain/deliveryDates'
import { makeCatalog, makeClient } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'

let payload: Payload
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let client: Awaited<ReturnType<typeof makeClient>>

beforeAll(async () => {
  payload = await openPayload()
  catalog = await makeCatalog(payload)
  client = await makeClient(payload, { status: 'active', telegramId: 81_000_001, language: 'uz' })
})
afterAll(() => closePayload(payload))

async function stockedProduct(levels: Record<string, number>): Promise<Product> {
  const product = await payload.create({
    collection: 'products',
    data: {
      name: unique('Flour '),
      sku: unique('FL-'),
      category: catalog.category.id,
      unit: 'pcs',
      price: 100000,
    },
  })
  for (const [warehouse, available] of Object.entries(levels))
    await payload.create({
      collection: 'stock-levels',
      data: { product: product.id, warehouse, available },
    })
  return product
}

const order = (items: { product: number; quantity: number }[], day = '2038-01-10') =>
  payload.create({
    collection: 'orders',
    data: { client: client.id, fulfillment: 'pickup', deliveryDate: day, items },
    depth: 0,
  })

async function levelsOf(product: number) {
  const { docs } = await payload.find({
    collection: 'stock-levels',
    where: { product: { equals: product } },
    sort: 'warehouse',
    depth: 0,
  })
  return docs.map(({ warehouse, available, reserved }) => ({ warehouse, available, reserved }))
}

const stockAvailable = async (product: number) =>
  (await payload.findByID({ collection: 'products', id: product, depth: 0 })).stockAvailable

const move = (id: number, status: string) =>
  payload.update({ collection: 'orders', id, data: { status: status as 'accepted' }, depth: 0 })

describe('an order reserves its stock', () => {
  it('in the transaction that creates it: available moves to reserved, the product total follows', async () => {
    const flour = await stockedProduct({ main: 10 })
    expect(await stockAvailable(flour.id)).toBe(10)
    await order([
      { product: flour.id, quantity: 3 },
      { product: flour.id, quantity: 2 },
    ])
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 5, reserved: 5 }])
    expect(await stockAvailable(flour.id)).toBe(5)
  })

  it('refuses more than is available, naming the product, and writes nothing', async () => {
    const flour = await stockedProduct({ main: 4 })
    const before = await payload.count({ collection: 'orders' })
    const refusal = await order([
      { product: catalog.bread.id, quantity: 1 },
      { product: flour.id, quantity: 5 },
    ]).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ValidationError)
    expect((refusal as ValidationError).data.errors[0]).toEqual({
      path: 'items',
      message: expect.stringContaining(flour.name),
    })
    expect((refusal as Error).message).toMatch(/4 available/)
    expect(await payload.count({ collection: 'orders' })).toEqual(before)
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 4, reserved: 0 }])
  })

  it('is refused in the client’s language when the client orders', async () => {
    const flour = await stockedProduct({ main: 1 })
    const settings = await payload.findGlobal({ slug: 'settings' })
    const [day] = offeredDays(dateRulesFrom(settings))
    const refusal = await payload
      .create({
        collection: 'orders',
        data: {
          client: client.id,
          fulfillment: 'pickup',
          deliveryDate: day,
          items: [{ product: flour.id, quantity: 2 }],
        },
        context: { actor: 'client', channel: 'bot' },
      })
      .catch((error: unknown) => error)
    expect((refusal as Error).message).toMatch(/omborda yetarli emas/)
  })

  it('leaves products nobody counts as they were: ordered freely, no stock written', async () => {
    const created = await order([{ product: catalog.bread.id, quantity: 500 }])
    expect(created.id).toBeGreaterThan(0)
    expect(await stockAvailable(catalog.bread.id)).toBeNull()
    expect(await levelsOf(catalog.bread.id)).toEqual([])
  })

  it('takes from the warehouse with the most that covers the line', async () => {
    const flour = await stockedProduct({ east: 3, west: 8 })
    await order([{ product: flour.id, quantity: 4 }])
    expect(await levelsOf(flour.id)).toEqual([
      { warehouse: 'east', available: 3, reserved: 0 },
      { warehouse: 'west', available: 4, reserved: 4 },
    ])
    expect(await stockAvailable(flour.id)).toBe(7)
  })

  it('never goes below zero however many order at once', async () => {
    const flour = await stockedProduct({ main: 10 })
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () => order([{ product: flour.id, quantity: 1 }])),
    )
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(10)
    for (const o of outcomes)
      if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(ValidationError)
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 0, reserved: 10 }])
    expect(await stockAvailable(flour.id)).toBe(0)
  })
})

describe('an order’s hold', () => {
  it('is taken in ascending product id whatever the line order, so crossing orders cannot deadlock', async () => {
    const first = await stockedProduct({ main: 5 })
    const second = await stockedProduct({ main: 5 })
    const placed = await order([
      { product: second.id, quantity: 1 },
      { product: first.id, quantity: 1 },
    ])
    const { docs } = await payload.find({
      collection: 'stock-holds',
      where: { order: { equals: placed.id } },
      sort: 'id',
      depth: 0,
    })
    expect(docs.map((hold) => hold.product)).toEqual([first.id, second.id])
    const crossing = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        order(
          i % 2
            ? [
                { product: first.id, quantity: 1 },
                { product: second.id, quantity: 1 },
              ]
            : [
                { product: second.id, quantity: 1 },
                { product: first.id, quantity: 1 },
              ],
        ),
      ),
    )
    for (const outcome of crossing)
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ValidationError)
  })

  it('goes back when the order is deleted, in the delete’s transaction', async () => {
    const flour = await stockedProduct({ main: 5 })
    const placed = await order([{ product: flour.id, quantity: 3 }])
    await payload.delete({ collection: 'orders', id: placed.id })
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 5, reserved: 0 }])
    expect(await stockAvailable(flour.id)).toBe(5)
  })

  it('follows edited lines: a raised quantity takes its stock, a removed line is freed, too much is refused', async () => {
    const flour = await stockedProduct({ main: 5 })
    const sugar = await stockedProduct({ main: 5 })
    const placed = await order([
      { product: flour.id, quantity: 1 },
      { product: sugar.id, quantity: 2 },
    ])
    const edit = (items: { product: number; quantity: number }[]) =>
      payload.update({ collection: 'orders', id: placed.id, data: { items }, depth: 0 })
    await edit([{ product: flour.id, quantity: 4 }])
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 1, reserved: 4 }])
    expect(await levelsOf(sugar.id)).toEqual([{ warehouse: 'main', available: 5, reserved: 0 }])
    expect(await stockAvailable(flour.id)).toBe(1)
    expect(await stockAvailable(sugar.id)).toBe(5)
    const refusal = await edit([{ product: flour.id, quantity: 6 }]).catch(
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(ValidationError)
    expect((refusal as ValidationError).data.errors[0]).toEqual({
      path: 'items',
      message: expect.stringContaining(flour.name),
    })
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 1, reserved: 4 }])
    await move(placed.id, 'cancelled')
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 5, reserved: 0 }])
  })

  it('goes back when the order is cancelled, once', async () => {
    const flour = await stockedProduct({ main: 5 })
    const placed = await order([{ product: flour.id, quantity: 5 }])
    expect(await stockAvailable(flour.id)).toBe(0)
    await move(placed.id, 'cancelled')
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 5, reserved: 0 }])
    expect(await stockAvailable(flour.id)).toBe(5)
  })

  it('leaves the warehouse when the order is handed over', async () => {
    const flour = await stockedProduct({ main: 5 })
    const placed = await order([{ product: flour.id, quantity: 2 }])
    for (const status of ['accepted', 'preparing', 'ready', 'given']) await move(placed.id, status)
    expect(await levelsOf(flour.id)).toEqual([{ warehouse: 'main', available: 3, reserved: 0 }])
    const { docs } = await payload.find({
      collection: 'stock-holds',
      where: { order: { equals: placed.id } },
      depth: 0,
    })
    expect(docs.map((hold) => hold.state)).toEqual(['consumed'])
  })

  it('asks the warehouse to pick when the order is accepted, through the outbox', async () => {
    const flour = await stockedProduct({ main: 5 })
    const placed = await order([
      { product: flour.id, quantity: 2 },
      { product: catalog.bread.id, quantity: 7 },
    ])
    await move(placed.id, 'accepted')
    const { docs } = await payload.find({
      collection: 'outbox',
      where: { topic: { equals: 'stock.pick' }, 'payload.order': { equals: placed.id } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].payload).toMatchObject({
      order: placed.id,
      warehouse: 'main',
      lines: [{ sku: flour.sku, quantity: 2 }],
    })
  })
})
