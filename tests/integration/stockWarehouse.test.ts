import { type PullOutcome, pullStock } from '@commerce/features/stock/pullStock'
import { stockRenderers } from '@commerce/features/stock/renderers'
import { warehouseApi } from '@commerce/features/stock/warehouseClient'
import { renderNotifications } from '@commerce/outbox/rendering'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Product } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { warehousePickAnswer, warehouseStockPage } from '@/domain/stockPull'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { type FakeWarehouse, startFakeWarehouse } from '../support/fakeWarehouse'
import { makeCatalog, makeClient } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'

// The contract tests run against a real sandbox when WAREHOUSE_SANDBOX_URL (and
// WAREHOUSE_SANDBOX_KEY) are set; the fault tests always against the fake.
const sandbox = process.env.WAREHOUSE_SANDBOX_URL
const sandboxKey = process.env.WAREHOUSE_SANDBOX_KEY

let payload: Payload
let fake: FakeWarehouse
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let products: Product[]

const API_KEY = 'warehouse-test-key'

beforeAll(async () => {
  payload = await openPayload()
  fake = await startFakeWarehouse({ apiKey: API_KEY, pageSize: 2 })
  fake.setHoldMs(1_000)
  catalog = await makeCatalog(payload)
  products = []
  for (let i = 0; i < 4; i++)
    products.push(
      await payload.create({
        collection: 'products',
        data: {
          name: unique('Oil '),
          sku: unique('WH-'),
          category: catalog.category.id,
          unit: 'pcs',
          price: 100000,
        },
      }),
    )
})
afterAll(async () => {
  await fake?.close()
  await closePayload(payload)
})

const api = () =>
  warehouseApi(payload, { baseUrl: fake.url, apiKey: API_KEY, timeoutMs: 300 }, { retries: 0 })!

const at = (day: number, hour = 10) =>
  `2038-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`

async function levels(product: number) {
  const { rows } = await sqlDatabase(payload).execute<{
    warehouse: string
    available: number
    reserved: number
  }>(sql`
    select warehouse, available::float8 as available, reserved::float8 as reserved
      from stock_levels where product_id = ${product} order by warehouse`)
  return rows
}

async function sync() {
  const { rows } = await sqlDatabase(payload).execute<{
    cursor: string | null
    failures: number
    skipped: unknown
  }>(
    sql`select cursor, failures_in_row::int as failures, skipped from stock_sync where key = 'warehouse'`,
  )
  return rows[0]
}

const stockOf = async (product: Product) =>
  (await payload.findByID({ collection: 'products', id: product.id, depth: 0 })).stockAvailable

describe('the warehouse contract', () => {
  const target = () =>
    sandbox
      ? warehouseApi(payload, { baseUrl: sandbox, apiKey: sandboxKey, timeoutMs: 10_000 })!
      : api()

  it('answers pages of changed stock that end', async () => {
    if (!sandbox)
      fake.setItems(
        products
          .slice(0, 3)
          .map((p, i) => ({ sku: p.sku, warehouse: 'main', available: i, updated_at: at(1) })),
      )
    let page: number | null = 1
    for (let seen = 0; page !== null && seen < 50; seen++) {
      const answer = await target().stockPage(null, page)
      expect(warehouseStockPage.safeParse(answer).success).toBe(true)
      page = answer.next_page
    }
    expect(page).toBeNull()
  })

  it('takes a pick request once per idempotency key', async () => {
    const request = {
      order: 900_000 + Math.floor(Math.random() * 1000),
      number: 1,
      warehouse: 'main',
      deliveryDate: '2038-01-05',
      fulfillment: 'pickup',
      lines: [{ sku: products[0].sku, quantity: 1 }],
    }
    const first = await target().pick(request)
    const again = await target().pick(request)
    expect(warehousePickAnswer.safeParse(first).success).toBe(true)
    expect(again.id).toBe(first.id)
  })
})

describe('the stock pull', () => {
  it('applies every page, moves the cursor and the products’ stock, and asks from the cursor next', async () => {
    fake.setItems([
      { sku: products[0].sku, warehouse: 'main', available: 5, updated_at: at(2) },
      { sku: products[1].sku, warehouse: 'main', available: 0, updated_at: at(2, 11) },
      { sku: products[1].sku, warehouse: 'north', available: 2, updated_at: at(2, 12) },
    ])
    const outcome = (await pullStock(payload, api())) as Extract<PullOutcome, { applied: number }>
    expect(outcome).toMatchObject({ applied: 3, pages: 2, cursor: at(2, 12) })
    expect(await levels(products[0].id)).toEqual([{ warehouse: 'main', available: 5, reserved: 0 }])
    expect(await stockOf(products[1])).toBe(2)
    expect((await sync()).cursor).toBe(at(2, 12))
    fake.stockCalls.length = 0
    await pullStock(payload, api())
    expect(fake.stockCalls).toEqual([{ updatedSince: at(2, 12), page: 1 }])
  })

  it('sets aside a negative quantity and an unknown SKU by name, applying the page’s good rows', async () => {
    fake.setItems([
      { sku: products[0].sku, warehouse: 'main', available: -3, updated_at: at(3) },
      { sku: 'NO-SUCH-SKU', warehouse: 'main', available: 9, updated_at: at(3) },
      { sku: products[2].sku, warehouse: 'main', available: 7, updated_at: at(3, 11) },
    ])
    const outcome = (await pullStock(payload, api())) as Extract<PullOutcome, { applied: number }>
    expect(outcome.applied).toBe(1)
    expect(outcome.skipped).toHaveLength(2)
    expect(outcome.skipped).toEqual(
      expect.arrayContaining([
        { sku: products[0].sku, warehouse: 'main', reason: 'negative_quantity' },
        { sku: 'NO-SUCH-SKU', warehouse: 'main', reason: 'unknown_sku' },
      ]),
    )
    expect(await levels(products[0].id)).toEqual([{ warehouse: 'main', available: 5, reserved: 0 }])
    expect(await stockOf(products[2])).toBe(7)
    expect((await sync()).skipped).toHaveLength(2)
  })

  it('keeps the last known stock and cursor when the warehouse times out on the second page; staff are told at the third failure, once', async () => {
    const before = await sync()
    fake.setItems([
      { sku: products[0].sku, warehouse: 'main', available: 1, updated_at: at(4) },
      { sku: products[2].sku, warehouse: 'main', available: 1, updated_at: at(4) },
      { sku: products[3].sku, warehouse: 'main', available: 1, updated_at: at(4) },
    ])
    const alerts = async () =>
      (
        await payload.count({
          collection: 'outbox',
          where: { topic: { equals: 'stock.pull_failing' } },
        })
      ).totalDocs
    const alertsBefore = await alerts()
    fake.fail({ on: 'stock', page: 2, kind: 'timeout', times: 4 })
    for (let i = 1; i <= 4; i++) {
      const outcome = await pullStock(payload, api())
      expect(outcome).toMatchObject({
        failed: expect.stringMatching(/no answer within 300 ms/),
        failuresInRow: i,
      })
    }
    expect(await levels(products[0].id)).toEqual([{ warehouse: 'main', available: 5, reserved: 0 }])
    expect(await stockOf(products[2])).toBe(7)
    expect((await sync()).cursor).toBe(before.cursor)
    expect(await alerts()).toBe(alertsBefore + 1)
    // The warehouse is back: the same changes apply and the run of failures ends.
    expect(await pullStock(payload, api())).toMatchObject({ applied: 3 })
    expect(await levels(products[0].id)).toEqual([{ warehouse: 'main', available: 1, reserved: 0 }])
    expect((await sync()).failures).toBe(0)
  })

  it('applies nothing from a body that is not JSON, a body of another shape or a 5xx', async () => {
    fake.setItems([{ sku: products[3].sku, warehouse: 'main', available: 40, updated_at: at(5) }])
    for (const kind of ['malformed', 'wrong-shape', '5xx'] as const) {
      fake.fail({ on: 'stock', kind })
      const outcome = await pullStock(payload, api())
      expect(outcome).toMatchObject({ failed: expect.any(String) })
      expect(await stockOf(products[3])).toBe(1)
    }
    const wrong = (
      await payload.find({ collection: 'stock-sync', where: { key: { equals: 'warehouse' } } })
    ).docs[0]
    expect(wrong.lastError).toMatch(/HTTP 503/)
    expect(await pullStock(payload, api())).toMatchObject({ applied: 1 })
  })

  it('sets aside a malformed row by name instead of failing every pull at the same cursor', async () => {
    fake.setItems([
      { sku: products[0].sku, warehouse: 'main', available: '5', updated_at: at(5, 11) },
      { sku: products[2].sku, warehouse: 'main', available: null, updated_at: at(5, 11) },
      { sku: products[3].sku, warehouse: 'main', available: 41, updated_at: at(5, 12) },
    ] as unknown as Parameters<typeof fake.setItems>[0])
    const outcome = (await pullStock(payload, api())) as Extract<PullOutcome, { applied: number }>
    expect(outcome).toMatchObject({ applied: 1, cursor: at(5, 12) })
    expect(outcome.skipped).toEqual([
      { sku: products[0].sku, warehouse: 'main', reason: 'malformed' },
      { sku: products[2].sku, warehouse: 'main', reason: 'malformed' },
    ])
    expect(await stockOf(products[3])).toBe(41)
    expect((await sync()).failures).toBe(0)
  })

  it('takes a row repeated across pages once, and ignores a row older than the one it has', async () => {
    fake.setDuplicates(true)
    fake.setItems([
      { sku: products[0].sku, warehouse: 'east', available: 3, updated_at: at(6) },
      { sku: products[2].sku, warehouse: 'east', available: 4, updated_at: at(6) },
      { sku: products[3].sku, warehouse: 'east', available: 5, updated_at: at(6) },
    ])
    expect(await pullStock(payload, api())).toMatchObject({ pages: 2 })
    fake.setDuplicates(false)
    expect((await levels(products[0].id)).find((l) => l.warehouse === 'east')?.available).toBe(3)
    await sqlDatabase(payload).execute(
      sql`update stock_sync set cursor = null where key = 'warehouse'`,
    )
    fake.setItems([{ sku: products[0].sku, warehouse: 'east', available: 99, updated_at: at(1) }])
    await pullStock(payload, api())
    expect((await levels(products[0].id)).find((l) => l.warehouse === 'east')?.available).toBe(3)
  })

  it('counts what open orders hold: the warehouse’s count less our reservations', async () => {
    const client = await makeClient(payload, { status: 'active' })
    await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'pickup',
        deliveryDate: '2038-01-20',
        items: [{ product: products[2].id, quantity: 2 }],
      },
    })
    fake.setItems([{ sku: products[2].sku, warehouse: 'east', available: 10, updated_at: at(7) }])
    await pullStock(payload, api())
    expect((await levels(products[2].id)).find((l) => l.warehouse === 'east')).toEqual({
      warehouse: 'east',
      available: 8,
      reserved: 2,
    })
  })
})

describe('notify me', () => {
  it('tells each waiting client once, in their language, when the pull brings the product back', async () => {
    const product = products[1]
    fake.setItems([
      { sku: product.sku, warehouse: 'main', available: 0, updated_at: at(8) },
      { sku: product.sku, warehouse: 'north', available: 0, updated_at: at(8) },
    ])
    await pullStock(payload, api())
    expect(await stockOf(product)).toBe(0)
    const waiting = await makeClient(payload, {
      status: 'active',
      telegramId: 81_000_101,
      language: 'en',
    })
    await sqlDatabase(payload).execute(sql`
      insert into stock_watches (client_id, product_id, updated_at, created_at) values (${waiting.id}, ${product.id}, now(), now())`)
    fake.setItems([{ sku: product.sku, warehouse: 'main', available: 6, updated_at: at(9) }])
    await pullStock(payload, api())
    fake.setItems([{ sku: product.sku, warehouse: 'main', available: 7, updated_at: at(10) }])
    await pullStock(payload, api())
    const { docs } = await payload.find({
      collection: 'outbox',
      where: { topic: { equals: 'stock.back' }, 'payload.client': { equals: waiting.id } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const rendered = await renderNotifications(
      payload,
      docs.map(
        (doc) => ({ id: doc.id, topic: doc.topic, payload: doc.payload, attempts: 0 }) as never,
      ),
      stockRenderers,
    )
    expect(rendered.get(docs[0].id)).toMatchObject({
      chatId: 81_000_101,
      text: expect.stringContaining(`${product.name} is back in stock`),
    })
  })
})

describe('a pick request', () => {
  it('goes to the warehouse once, however often the outbox row is performed', async () => {
    const before = fake.picks.size
    const row = {
      id: 1,
      topic: 'stock.pick',
      attempts: 0,
      payload: {
        order: 424_242,
        number: 4242,
        warehouse: 'main',
        deliveryDate: '2038-01-21',
        fulfillment: 'pickup',
        lines: [{ sku: products[0].sku, name: 'x', quantity: 2 }],
      },
    }
    const previous = process.env.WAREHOUSE_API_URL
    const previousKey = process.env.WAREHOUSE_API_KEY
    process.env.WAREHOUSE_API_URL = fake.url
    process.env.WAREHOUSE_API_KEY = API_KEY
    try {
      fake.fail({ on: 'pick', kind: '5xx', times: 3 })
      const rendered = (await renderNotifications(payload, [row as never], stockRenderers)).get(1)
      if (!rendered || !('call' in rendered)) throw new Error('expected a call')
      await expect(rendered.call.perform()).rejects.toThrow(/503/)
      await rendered.call.perform()
      await rendered.call.perform()
    } finally {
      process.env.WAREHOUSE_API_URL = previous
      process.env.WAREHOUSE_API_KEY = previousKey
      if (previous === undefined) delete process.env.WAREHOUSE_API_URL
      if (previousKey === undefined) delete process.env.WAREHOUSE_API_KEY
    }
    expect(fake.picks.size).toBe(before + 1)
    expect(fake.pickRequests.at(-1)).toMatchObject({
      key: 'pick-424242-main',
      body: {
        reference: '4242',
        warehouse: 'main',
        lines: [{ sku: products[0].sku, quantity: 2 }],
      },
    })
  })
})
