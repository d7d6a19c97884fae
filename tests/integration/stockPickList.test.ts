import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Product } from '@payload-types'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer
let staff: Record<string, string>
let skus: string[]
const DAY = '2038-02-14'

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  staff = await login(server.url, (await makeUser(payload, 'accountant')).email, PASSWORD)
  const catalog = await makeCatalog(payload)
  const client = await makeClient(payload, { status: 'active' })
  const products: Product[] = []
  for (const name of ['Sugar <fine>', 'Salt']) {
    const product = await payload.create({
      collection: 'products',
      data: { name, sku: unique('PK-'), category: catalog.category.id, unit: 'kg', price: 1000 },
    })
    await payload.create({
      collection: 'stock-levels',
      data: { product: product.id, warehouse: 'main', available: 50 },
    })
    products.push(product)
  }
  skus = products.map((p) => p.sku)
  const order = (quantities: number[], deliveryDate = DAY) =>
    payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'pickup',
        deliveryDate,
        items: quantities.map((quantity, i) => ({ product: products[i].id, quantity })),
      },
    })
  await order([3, 2])
  await order([4])
  const cancelled = await order([10])
  await payload.update({ collection: 'orders', id: cancelled.id, data: { status: 'cancelled' } })
  await order([7], '2038-02-15')
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

const get = (query: string, headers = staff) =>
  fetch(`${server.url}/stock/pick-list?${query}`, { headers })

describe("a day's pick list", () => {
  it('prints each product once per warehouse with the day’s total, names escaped', async () => {
    const response = await get(`date=${DAY}&lang=en`)
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('Pick list for 2038-02-14')
    expect(page).toContain('Sugar &lt;fine&gt;')
    expect(page).toMatch(new RegExp(`data-sku="${skus[0]}".*?<td class="num">7</td>`))
    expect(page).toMatch(new RegExp(`data-sku="${skus[1]}".*?<td class="num">2</td>`))
    expect(page).toContain('download')
  })

  it('downloads as Excel, a sheet per warehouse', async () => {
    const response = await get(`date=${DAY}&format=xlsx&warehouse=main&lang=ru`)
    expect(response.status).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await response.arrayBuffer())
    const sheet = book.getWorksheet('main')!
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][]
    expect(rows.find((row) => row[1] === skus[0])?.slice(1, 5)).toEqual([
      skus[0],
      'Sugar <fine>',
      7,
      'kg',
    ])
  })

  it('refuses a bad date, format or language with a 400 naming the field, and strangers with a 401', async () => {
    for (const [query, field] of [
      ['date=2038-02-30', 'date'],
      ['format=pdf', 'format'],
      ['lang=de', 'lang'],
      [`warehouse=${'w'.repeat(65)}`, 'warehouse'],
    ]) {
      const response = await get(query)
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].field).toBe(field)
    }
    expect((await get(`date=${DAY}`, {})).status).toBe(401)
  })
})
