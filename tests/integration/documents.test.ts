import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Order } from '@payload-types'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

/** A day no other test delivers on: the driver's list holds every delivery of its day. */
const DAY = '2033-04-15'
const PRINTED_DAY = '15.04.2033'

let payload: Payload
let server: RestServer
let headers: Record<string, string>
const routes = { chilonzor: unique('Chilonzor '), yunusobod: unique('Yunusobod ') }
const orders: Record<'cafe' | 'shop' | 'bar' | 'kiosk' | 'pickup' | 'cancelled' | 'later', Order> =
  {} as never
const clients: Record<'cafe' | 'shop' | 'bar' | 'kiosk', { id: number; name: string }> = {} as never

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  await payload.updateGlobal({
    slug: 'settings',
    data: {
      sellerName: 'Tandir Bakery LLC',
      sellerInn: '201234567',
      sellerMfo: '00873',
      sellerBankAccount: '20208000100100100100',
      sellerBankName: 'Kapitalbank',
      sellerAddress: 'Tashkent, Chilonzor 1',
    },
  })
  const { bread, samsa } = await makeCatalog(payload)
  clients.cafe = await makeClient(payload, {
    name: unique('Cafe Vostok '),
    language: 'ru',
    route: `  ${routes.chilonzor}  `,
    legalAddress: 'Tashkent, Amir Temur 107',
    bankName: 'NBU',
    deliveryAddress: 'Amir Temur 107, back door',
  })
  clients.shop = await makeClient(payload, {
    name: unique('Shop Bahor '),
    language: 'uz',
    route: routes.chilonzor,
    phone: '+998935550011',
    contactName: 'Aziza',
    deliveryAddress: 'Bunyodkor 12',
  })
  clients.bar = await makeClient(payload, {
    name: unique('Bar Samarkand '),
    language: 'en',
    route: routes.yunusobod,
    deliveryAddress: 'Yunusobod 4',
  })
  // No route yet, a name that would break the page if it were not escaped, no bank details.
  clients.kiosk = await makeClient(payload, {
    name: unique('Kiosk <Navoi> & "Sons" '),
    language: 'ru',
    deliveryAddress: 'Navoi 3',
    inn: null,
    bankAccount: null,
    mfo: null,
  })
  const order = (
    client: number,
    lines: [number, number][],
    data: { fulfillment?: 'delivery' | 'pickup'; deliveryDate?: string; comment?: string } = {},
  ) =>
    payload.create({
      collection: 'orders',
      data: {
        client,
        fulfillment: 'delivery',
        deliveryDate: DAY,
        items: lines.map(([product, quantity]) => ({ product, quantity })),
        ...data,
      },
    })
  // 80 × 8 000 + 40 × 9 000 = 1 000 000 so'm.
  orders.cafe = await order(
    clients.cafe.id,
    [
      [bread.id, 80],
      [samsa.id, 40],
    ],
    { comment: 'Call before' },
  )
  orders.shop = await order(clients.shop.id, [[bread.id, 10]])
  orders.bar = await order(clients.bar.id, [[samsa.id, 20]])
  orders.kiosk = await order(clients.kiosk.id, [[bread.id, 5]])
  // Not on the day's list: picked up, cancelled, another day.
  orders.pickup = await order(clients.cafe.id, [[bread.id, 3]], { fulfillment: 'pickup' })
  orders.cancelled = await order(clients.shop.id, [[bread.id, 7]])
  await payload.update({
    collection: 'orders',
    id: orders.cancelled.id,
    data: { status: 'cancelled' },
  })
  orders.later = await order(clients.cafe.id, [[bread.id, 9]], { deliveryDate: '2033-04-16' })

  const accountant = await makeUser(payload, 'accountant')
  headers = await login(server.url, accountant.email, PASSWORD)
  // The cafe paid 400 000 so'm ahead in cash; the bar paid its order in full by transfer.
  for (const [paid, provider, amount] of [
    [orders.cafe, 'cash', 400_000_00],
    [orders.bar, 'bank_transfer', 180_000_00],
  ] as const) {
    const response = await fetch(`${server.url}/payments/manual`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ order: paid.id, provider, amount, requestId: `documents-${paid.id}` }),
    })
    if (response.status !== 200) throw new Error(await response.text())
  }
})

afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

const get = (path: string, extra: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers: { ...headers, ...extra } })

/** The page's text as a reader sees it: tags gone, entities read, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<br>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

async function page(path: string) {
  const response = await get(path)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
  const html = await response.text()
  return { html, text: textOf(html) }
}

async function workbook(path: string) {
  const response = await get(path)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await response.arrayBuffer())
  return { book, disposition: response.headers.get('content-disposition') }
}

/** A row's values from column A, as the sheet holds them (formulas by their results). */
const rowValues = (sheet: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: sheet.getRow(row).cellCount }, (_, index) => {
    const value = sheet.getRow(row).getCell(index + 1).value
    return value && typeof value === 'object' && 'result' in value ? value.result : (value ?? null)
  })

const findRow = (sheet: ExcelJS.Worksheet, first: string) => {
  for (let row = 1; row <= sheet.rowCount; row++)
    if (sheet.getRow(row).getCell(1).value === first) return row
  throw new Error(`no row starts with ${first}`)
}

describe('the delivery note', () => {
  it("prints in the client's language: both parties, the lines, the total in words, what is left to pay, the signatures", async () => {
    const { text } = await page(`/orders/${orders.cafe.id}/delivery-note`)
    const number = orders.cafe.number
    expect(text).toContain(`Накладная № ${number} от ${PRINTED_DAY}`)
    expect(text).toContain(
      'Продавец Наименование Tandir Bakery LLC Адрес Tashkent, Chilonzor 1 ИНН 201234567 Расчётный счёт 20208000100100100100 Банк Kapitalbank МФО 00873 Рег. код плательщика НДС —',
    )
    expect(text).toContain(
      `Покупатель Наименование ${clients.cafe.name} Адрес Tashkent, Amir Temur 107 ИНН 305123456 Расчётный счёт 20208000900123456001 Банк NBU МФО 00873`,
    )
    expect(text).toContain(`Дата доставки ${PRINTED_DAY}`)
    expect(text).toContain('Адрес доставки Amir Temur 107, back door')
    expect(text).toContain('Контактное лицо Dilshod, +998901234567')
    expect(text).toContain('Комментарий Call before')
    expect(text).toContain('Суммы в сумах')
    expect(text).toContain('№ Товар Ед. Кол-во Цена Сумма')
    expect(text).toContain('1 White bread шт 80 8 000 640 000')
    expect(text).toContain('2 Samsa шт 40 9 000 360 000')
    expect(text).toContain('Итого 1 000 000')
    expect(text).toContain('Сумма прописью: Один миллион сум 00 тийин')
    expect(text).toContain('Оплачено: 400 000 · К оплате: 600 000')
    expect(text).toMatch(/Отпустил \(подпись, Ф\. И\. О\.\) Получил \(подпись, Ф\. И\. О\.\)/)
  })

  it("prints in the seller's language when asked, and in Uzbek for an Uzbek client", async () => {
    const english = await page(`/orders/${orders.cafe.id}/delivery-note?lang=en`)
    expect(english.html).toContain('<html lang="en">')
    expect(english.text).toContain(`Delivery note No. ${orders.cafe.number} of ${PRINTED_DAY}`)
    expect(english.text).toContain('1 White bread pcs 80 8 000 640 000')
    expect(english.text).toContain("Amount in words: One million so'm 00 tiyin")
    expect(english.text).toContain('Released by')
    expect(english.text).toContain('Received by')

    const uzbek = await page(`/orders/${orders.shop.id}/delivery-note`)
    expect(uzbek.text).toContain(`Yuk xati № ${orders.shop.number}, ${PRINTED_DAY}`)
    expect(uzbek.text).toContain('1 White bread dona 10 8 000 80 000')
    expect(uzbek.text).toContain("Summa yozuvda: Sakson ming so'm 00 tiyin")
    expect(uzbek.text).toContain('Topshirdi')
    expect(uzbek.text).toContain('Qabul qildi')
    // The toolbar links to the same note's workbook and other languages.
    expect(uzbek.html).toContain('href="?format=xlsx"')
    expect(uzbek.html).toContain('href="?lang=ru"')
  })

  it('escapes what people typed and marks missing legal details plainly', async () => {
    const { html, text } = await page(`/orders/${orders.kiosk.id}/delivery-note`)
    expect(html).not.toContain('<Navoi>')
    expect(html).toContain('Kiosk &lt;Navoi&gt; &amp; &quot;Sons&quot;')
    expect(text).toContain('ИНН НЕ УКАЗАНО Расчётный счёт НЕ УКАЗАНО')
  })

  it('downloads as a workbook with the same lines, a total formula and the signature lines', async () => {
    const { book, disposition } = await workbook(
      `/orders/${orders.cafe.id}/delivery-note?format=xlsx&lang=en`,
    )
    expect(disposition).toBe(`attachment; filename="delivery-note-${orders.cafe.number}.xlsx"`)
    const sheet = book.worksheets[0]
    expect(sheet.getCell('A1').value).toBe(
      `Delivery note No. ${orders.cafe.number} of ${PRINTED_DAY}`,
    )
    expect(rowValues(sheet, findRow(sheet, 'Seller') + 1)).toEqual([
      'Name',
      null,
      'Tandir Bakery LLC',
    ])
    const header = findRow(sheet, 'No.')
    expect(rowValues(sheet, header)).toEqual([
      'No.',
      'Product',
      'Unit',
      'Quantity',
      'Unit price',
      'Amount',
    ])
    expect(rowValues(sheet, header + 1)).toEqual([1, 'White bread', 'pcs', 80, 8000, 640000])
    expect(rowValues(sheet, header + 2)).toEqual([2, 'Samsa', 'pcs', 40, 9000, 360000])
    expect(rowValues(sheet, header + 3)).toEqual(['Total', null, null, null, null, 1000000])
    expect(sheet.getRow(header + 3).getCell(6).formula).toBe(`SUM(F${header + 1}:F${header + 2})`)
    expect(sheet.getRow(header + 4).getCell(1).value).toBe(
      "Amount in words: One million so'm 00 tiyin",
    )
    expect(rowValues(sheet, findRow(sheet, 'Left to pay'))).toEqual([
      'Left to pay',
      null,
      null,
      null,
      null,
      600000,
    ])
    const signatures = findRow(sheet, `Released by: ${'_'.repeat(24)}`)
    expect(rowValues(sheet, signatures)[3]).toBe(`Received by: ${'_'.repeat(24)}`)
  })
})

describe("the driver's list", () => {
  it("lists the day's delivery orders by route, the ones without a route last, with what to hand over and to collect", async () => {
    const { html, text } = await page(`/documents/driver-list?date=${DAY}&lang=en`)
    const sections = [...html.matchAll(/data-route="([^"]*)"/g)].map((match) => match[1])
    expect(sections).toEqual([routes.chilonzor, routes.yunusobod, ''])
    const ordersListed = [...html.matchAll(/data-order="(\d+)"/g)].map((match) => Number(match[1]))
    expect(ordersListed).toEqual(
      [orders.cafe, orders.shop, orders.bar, orders.kiosk].map((order) => order.number),
    )
    expect(text).toContain(`Driver's list for ${PRINTED_DAY} Route: ${routes.chilonzor}`)
    // The cafe paid 400 000 of 1 000 000: the driver collects the rest.
    expect(text).toContain(
      `1 ${orders.cafe.number} ${clients.cafe.name} Dilshod Amir Temur 107, back door Call before +998901234567 White bread — 80 pcs Samsa — 40 pcs 1 000 000 600 000`,
    )
    expect(text).toContain(
      `2 ${orders.shop.number} ${clients.shop.name} Aziza Bunyodkor 12 +998935550011 White bread — 10 pcs 80 000 80 000`,
    )
    expect(text).toContain('Route total (Orders: 2) 1 080 000 680 000')
    expect(text).toContain('To load Product Quantity Unit Samsa 40 pcs White bread 90 pcs')
    // Paid in full by transfer: nothing to collect.
    expect(text).toContain(
      'White bread — 5 pcs 40 000 40 000 Route total (Orders: 1) 40 000 40 000',
    )
    expect(text).toContain('Samsa — 20 pcs 180 000 0 Route total (Orders: 1) 180 000 0')
    expect(text).toContain('Route: No route')
    expect(text).toContain('Grand total 4 1 300 000 720 000')
    for (const left of [orders.pickup, orders.cancelled, orders.later])
      expect(ordersListed).not.toContain(left.number)
  })

  it('keeps one route when asked, or the orders without a route', async () => {
    const one = await page(
      `/documents/driver-list?date=${DAY}&route=${encodeURIComponent(routes.yunusobod)}&lang=ru`,
    )
    expect([...one.html.matchAll(/data-order="(\d+)"/g)].map((match) => Number(match[1]))).toEqual([
      orders.bar.number,
    ])
    expect(one.text).toContain(`Маршрутный лист на ${PRINTED_DAY} Маршрут: ${routes.yunusobod}`)
    expect(one.html).not.toContain('data-testid="summary"')

    const none = await page(`/documents/driver-list?date=${DAY}&route=-&lang=uz`)
    expect([...none.html.matchAll(/data-order="(\d+)"/g)].map((match) => Number(match[1]))).toEqual(
      [orders.kiosk.number],
    )
    expect(none.text).toContain(`Yo'l varaqasi, ${PRINTED_DAY} Yo'nalish: Yo'nalishsiz`)

    const empty = await page('/documents/driver-list?date=2033-04-17&lang=en')
    expect(empty.text).toContain('No delivery orders for 17.04.2033.')
  })

  it("speaks the viewer's admin language when no lang is asked for: their choice, else their browser's", async () => {
    const title = async (extra: Record<string, string>) => {
      const response = await get(`/documents/driver-list?date=${DAY}&route=-`, extra)
      return textOf(/<h1>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? '')
    }
    expect(await title({ cookie: 'payload-lng=uz', 'accept-language': 'ru' })).toBe(
      `Yo'l varaqasi, ${PRINTED_DAY}`,
    )
    expect(await title({ 'accept-language': 'ru-RU,ru;q=0.9' })).toBe(
      `Маршрутный лист на ${PRINTED_DAY}`,
    )
    expect(await title({ cookie: 'payload-lng=uz' })).toBe(`Yo'l varaqasi, ${PRINTED_DAY}`)
  })

  it('downloads as a workbook: a sheet per route and a summary, amounts as numbers with total formulas', async () => {
    const { book, disposition } = await workbook(
      `/documents/driver-list?date=${DAY}&format=xlsx&lang=en`,
    )
    expect(disposition).toBe(`attachment; filename="driver-list-${DAY}.xlsx"`)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      routes.chilonzor,
      routes.yunusobod,
      'No route',
      'Summary',
    ])
    const sheet = book.worksheets[0]
    expect(sheet.getCell('A1').value).toBe(`Driver's list for ${PRINTED_DAY}`)
    expect(sheet.getCell('A2').value).toBe(`Route: ${routes.chilonzor}`)
    expect(rowValues(sheet, 5)).toEqual([
      '№',
      'Order',
      'Client',
      'Address',
      'Phone',
      'Hand over',
      'Order total',
      'To collect',
      'Signature',
    ])
    expect(rowValues(sheet, 6)).toEqual([
      1,
      orders.cafe.number,
      `${clients.cafe.name}\nDilshod`,
      'Amir Temur 107, back door\nCall before',
      '+998901234567',
      'White bread — 80 pcs\nSamsa — 40 pcs',
      1000000,
      600000,
    ])
    expect(rowValues(sheet, 7).slice(0, 2)).toEqual([2, orders.shop.number])
    expect(rowValues(sheet, 8)).toEqual([
      'Route total (Orders: 2)',
      null,
      null,
      null,
      null,
      null,
      1080000,
      680000,
    ])
    expect(sheet.getCell('H8').formula).toBe('SUM(H6:H7)')
    const load = findRowIn(sheet, 3, 'To load')
    expect(rowValues(sheet, load + 2).slice(2)).toEqual(['Samsa', 40, 'pcs'])
    expect(rowValues(sheet, load + 3).slice(2)).toEqual(['White bread', 90, 'pcs'])

    const bar = book.worksheets[1]
    expect(rowValues(bar, 6).slice(6)).toEqual([180000, 0])
    const summary = book.getWorksheet('Summary')!
    expect(rowValues(summary, 4)).toEqual([routes.chilonzor, 2, 1080000, 680000])
    expect(rowValues(summary, 6)).toEqual(['No route', 1, 40000, 40000])
    expect(rowValues(summary, 7)).toEqual(['Grand total', 4, 1300000, 720000])
  })

  it('offers the routes clients are on, as managers typed them, trimmed', async () => {
    const response = await get('/documents/routes')
    expect(response.status).toBe(200)
    const { routes: listed } = (await response.json()) as { routes: string[] }
    expect(listed).toEqual(expect.arrayContaining([routes.chilonzor, routes.yunusobod]))
    expect(listed).not.toContain(`  ${routes.chilonzor}  `)
    const cafe = await payload.findByID({ collection: 'clients', id: clients.cafe.id })
    expect(cafe.route).toBe(routes.chilonzor)
  })
})

function findRowIn(sheet: ExcelJS.Worksheet, column: number, value: string) {
  for (let row = 1; row <= sheet.rowCount; row++)
    if (sheet.getRow(row).getCell(column).value === value) return row
  throw new Error(`no row with ${value} in column ${column}`)
}

describe('bad input gets a clear 4xx', () => {
  const note = (query: string, id: string | number = orders.cafe.id) =>
    `/orders/${id}/delivery-note${query}`
  it.each([
    [
      'an unknown order',
      () => note('', 999_999_999),
      404,
      'id',
      'There is no order with the id "999999999"',
    ],
    [
      'an id that is not one',
      () => note('', 'abc'),
      404,
      'id',
      'There is no order with the id "abc"',
    ],
    [
      'a format we do not make',
      () => note('?format=pdf'),
      400,
      'format',
      'format must be html or xlsx',
    ],
    [
      'a language we do not speak',
      () => note('?lang=fr'),
      400,
      'lang',
      'lang must be one of ru, uz, en',
    ],
    [
      'a day that does not exist',
      () => '/documents/driver-list?date=2033-02-30',
      400,
      'date',
      'date must be a calendar day as YYYY-MM-DD between 2000 and 2099',
    ],
    [
      'a date in another shape',
      () => '/documents/driver-list?date=15.04.2033',
      400,
      'date',
      'date must be a calendar day as YYYY-MM-DD between 2000 and 2099',
    ],
    [
      'a bad format',
      () => '/documents/driver-list?format=csv',
      400,
      'format',
      'format must be html or xlsx',
    ],
    [
      'a bad language',
      () => '/documents/driver-list?lang=de',
      400,
      'lang',
      'lang must be one of ru, uz, en',
    ],
    [
      'a route longer than any',
      () => `/documents/driver-list?route=${'x'.repeat(61)}`,
      400,
      'route',
      'route must be at most 60 characters (or - for the orders without a route)',
    ],
  ])('%s', async (_, path, status, field, message) => {
    const response = await get(path())
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual({ errors: [{ field, message }] })
  })

  it('asks who is calling to sign in', async () => {
    for (const path of [
      `/orders/${orders.cafe.id}/delivery-note`,
      '/documents/driver-list',
      '/documents/routes',
    ]) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({ errors: [{ message: 'Sign in as staff' }] })
    }
  })

  it('refuses a route longer than the field takes on a client', async () => {
    const response = await fetch(`${server.url}/clients/${clients.bar.id}`, {
      method: 'PATCH',
      headers: await login(server.url, (await makeUser(payload, 'manager')).email, PASSWORD),
      body: JSON.stringify({ route: 'x'.repeat(61) }),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('route')
  })
})
