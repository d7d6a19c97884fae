import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Order } from '@payload-types'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromium } from 'playwright-core'

import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { BUILD_TIMEOUT, type NextServer, startNextServer } from '../support/nextServer'
import { closePayload, openPayload, unique } from '../support/payload'

/** A day of its own: the driver's list shows every delivery of its day. */
// A year of its own: the dashboard test counts every order of spring 2034.
const DAY = '2036-06-04'

let payload: Payload
let server: NextServer
let browser: Browser
let context: BrowserContext
let page: Page
let order: Order
let client: { id: number; name: string }
const route = unique('Sergeli ')

beforeAll(async () => {
  payload = await openPayload()
  server = await startNextServer()
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  })
  page = await context.newPage()
  page.setDefaultTimeout(30_000)

  const { bread, samsa } = await makeCatalog(payload)
  client = await makeClient(payload, {
    name: unique('Cafe Sergeli '),
    language: 'ru',
    deliveryAddress: 'Sergeli 5, kitchen door',
  })
  order = await payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'delivery',
      deliveryDate: DAY,
      items: [
        { product: bread.id, quantity: 80 },
        { product: samsa.id, quantity: 40 },
      ],
    },
  })
  const manager = await makeUser(payload, 'manager')
  await page.goto(`${server.url}/admin/login`)
  await page.locator('#field-email').fill(manager.email)
  await page.locator('#field-password').fill(PASSWORD)
  await page.locator('button[type=submit]').click()
  await page.waitForURL(/\/admin\/?$/)
}, BUILD_TIMEOUT)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await closePayload(payload)
})

/** Clicks a link that opens a new tab and returns the tab once its page has loaded. */
async function openTab(click: () => Promise<void>): Promise<Page> {
  const [tab] = await Promise.all([context.waitForEvent('page'), click()])
  await tab.waitForLoadState()
  return tab
}

describe('printed paper from the admin', () => {
  it("a manager puts the client on a route from the client's page", async () => {
    await page.goto(`${server.url}/admin/collections/clients/${client.id}`)
    await page.locator('#field-route').fill(`  ${route}  `)
    await page.locator('#action-save').click()
    // Saved, and trimmed by the field on the way in.
    await page.waitForFunction(
      (expected) =>
        (document.querySelector('#field-route') as HTMLInputElement)?.value === expected,
      route,
    )
    const saved = await payload.findByID({ collection: 'clients', id: client.id })
    expect(saved.route).toBe(route)
  })

  it("prints an order's delivery note from the order page, in the client's language or another", async () => {
    await page.goto(`${server.url}/admin/collections/orders/${order.id}`)
    const note = page.getByTestId('delivery-note')
    const printed = await openTab(() => note.locator('a[target=_blank]').click())
    expect(printed.url()).toContain(`/api/orders/${order.id}/delivery-note?format=html`)
    await printed.getByText(`Накладная № ${order.number} от 04.06.2036`).waitFor()
    const lines = printed.getByTestId('lines')
    expect(await lines.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^1\s+White bread\s+шт\s+80\s+8 000\s+640 000$/),
      expect.stringMatching(/^2\s+Samsa\s+шт\s+40\s+9 000\s+360 000$/),
      expect.stringMatching(/^Итого\s+1 000 000$/),
    ])
    await printed.getByText('Получил').waitFor()
    // Printed on A4 with the toolbar left off the paper.
    const pdf = await printed.pdf({ preferCSSPageSize: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await printed.close()

    await note.getByRole('combobox').selectOption('en')
    const english = await openTab(() => note.locator('a[target=_blank]').click())
    await english.getByText(`Delivery note No. ${order.number} of 04.06.2036`).waitFor()
    await english.close()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      note.locator('a[download]').click(),
    ])
    expect(download.suggestedFilename()).toBe(`delivery-note-${order.number}.xlsx`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(await download.path())
    expect(book.worksheets[0].getCell('A1').value).toBe(
      `Delivery note No. ${order.number} of 04.06.2036`,
    )
  })

  it("prints the day's driver's list for a route from above the orders list", async () => {
    await page.goto(`${server.url}/admin/collections/orders`)
    const picker = page.getByTestId('driver-list')
    await picker.locator('input[type=date]').fill(DAY)
    // The routes come from the server once the list has loaded.
    await picker.locator(`option[value="${route}"]`).waitFor({ state: 'attached' })
    await picker.locator('select').selectOption(route)
    const printed = await openTab(() => picker.locator('a[target=_blank]').click())
    expect(printed.url()).toContain(`date=${DAY}`)
    const stops = printed.getByTestId('stops')
    await stops.locator(`tr[data-order="${order.number}"]`).waitFor()
    expect(await stops.locator(`tr[data-order="${order.number}"]`).textContent()).toContain(
      client.name,
    )
    expect(await printed.getByTestId('to-collect').allInnerTexts()).toEqual(['1 000 000'])
    await printed.close()
  })
})
