import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let client: Awaited<ReturnType<typeof makeClient>>
let manager: Record<string, string>

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  catalog = await makeCatalog(payload)
  client = await makeClient(payload)
  manager = await login(server.url, (await makeUser(payload, 'manager')).email, PASSWORD)
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

async function send(method: string, path: string, body?: string) {
  const response = await fetch(`${server.url}${path}`, { method, headers: manager, body })
  const text = await response.text()
  let json: Record<string, any> | null = null
  try {
    json = JSON.parse(text)
  } catch {}
  return { status: response.status, json, text }
}

/** Every message and field a 4xx answer names, Payload's validation shape or ours. */
function named(json: Record<string, any> | null): string {
  return JSON.stringify(json?.errors ?? json)
}

const order = (extra: Record<string, unknown>) =>
  JSON.stringify({
    client: client.id,
    fulfillment: 'pickup',
    deliveryDate: '2026-12-01',
    items: [{ product: catalog.bread.id, quantity: 10 }],
    ...extra,
  })

describe('bad input through the REST doors is a 4xx that names the field, never a 500', () => {
  it.each([
    ['lines as a string', 'POST', '/orders', () => order({ items: 'bread' }), /items/],
    [
      'lines as an object',
      'POST',
      '/orders',
      () => order({ items: { product: 1, quantity: 2 } }),
      /items/,
    ],
    ['a line that is not an object', 'POST', '/orders', () => order({ items: [7] }), /items/],
    [
      '10 000 lines',
      'POST',
      '/orders',
      () =>
        order({
          items: Array.from({ length: 10_000 }, () => ({ product: catalog.bread.id, quantity: 1 })),
        }),
      /An order has at most 200 lines/,
    ],
    [
      'an object as the status',
      'POST',
      '/orders',
      () => order({ status: { $ne: 'new' } }),
      /status/,
    ],
    [
      'an object as the fulfillment',
      'POST',
      '/orders',
      () => order({ fulfillment: { a: 1 } }),
      /fulfillment/,
    ],
    [
      'a delivery date in the year 9999',
      'POST',
      '/orders',
      () => order({ deliveryDate: '9999-12-31' }),
      /deliveryDate.*between 2000 and 2099/,
    ],
    [
      'a quantity as a string',
      'POST',
      '/orders',
      () => order({ items: [{ product: catalog.bread.id, quantity: 'ten' }] }),
      /Quantity must be a whole number/,
    ],
    ['a null body', 'POST', '/orders', () => 'null', /body/i],
    ['a malformed body', 'POST', '/orders', () => '{"client": ', /body/i],
    ['an array as the body', 'PATCH', '/clients/1', () => '[1,2]', /body/i],
    [
      'an unknown category',
      'POST',
      '/products',
      () => JSON.stringify({ name: 'Bun', sku: unique('SKU-'), category: 99_999_999, price: 100 }),
      /category/,
    ],
    [
      'a category of the wrong type',
      'POST',
      '/products',
      () => JSON.stringify({ name: 'Bun', sku: unique('SKU-'), category: 'abc', price: 100 }),
      /category/,
    ],
  ])('%s', async (_, method, path, body, field) => {
    const before = (await payload.count({ collection: 'orders' })).totalDocs
    const answer = await send(method, path, body())
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(named(answer.json)).toMatch(field)
    expect((await payload.count({ collection: 'orders' })).totalDocs).toBe(before)
  })

  it.each([
    ['/orders/abc', /There is no orders with the id ..abc../],
    ['/orders/1e9', /There is no orders with the id ..1e9..|Not Found/],
    ['/orders/99999999999999999999', /There is no orders with the id ..99999999999999999999../],
    ['/invoices/export?month=9999-12', /month must be a month as YYYY-MM between 2000 and 2099/],
    ['/invoices/export?month=0000-01', /between 2000 and 2099/],
    [
      '/reports/morning?date=9999-12-31',
      /date must be a calendar day as YYYY-MM-DD between 2000 and 2099/,
    ],
    ['/reports/morning?date=0001-01-01', /between 2000 and 2099/],
  ])('GET %s answers 4xx with a message', async (path, message) => {
    const answer = await send('GET', path)
    expect([400, 404]).toContain(answer.status)
    expect(named(answer.json)).toMatch(message)
  })
})
