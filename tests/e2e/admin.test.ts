import { formatDay } from '@commerce/features/reports/dashboardFormat'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { addDays, calendarDateIn } from '@/domain/calendarDate'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { BUILD_TIMEOUT, type NextServer, startNextServer } from '../support/nextServer'
import { closePayload, openPayload, unique } from '../support/payload'

let payload: Payload
let server: NextServer
let browser: Browser
let page: Page

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
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.setDefaultTimeout(30_000)
}, BUILD_TIMEOUT)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await closePayload(payload)
})

/** Picks an option in one of Payload's select or relationship fields. */
async function choose(fieldId: string, text: string) {
  const field = page.locator(`#field-${fieldId}`)
  await field.locator('.rs__control').click()
  await page.keyboard.type(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** Waits until an input shows `value` (the form fills in what the server computed after a save). */
async function expectInputValue(selector: string, value: string) {
  await page.waitForFunction(
    ([css, expected]) =>
      (document.querySelector(css) as HTMLInputElement | null)?.value === expected,
    [selector, value] as const,
  )
}

async function expectText(testId: string, text: string) {
  await page
    .getByTestId(testId)
    .filter({ hasText: new RegExp(`^${text}$`) })
    .waitFor()
}

async function logIn(tab: Page, email: string) {
  await tab.goto(`${server.url}/admin/login`)
  await tab.locator('#field-email').fill(email)
  await tab.locator('#field-password').fill(PASSWORD)
  await tab.locator('button[type=submit]').click()
  await tab.waitForURL(/\/admin\/?$/)
}

async function save() {
  await page.locator('#action-save').click()
}

describe('a manager in the admin panel', () => {
  it('logs in, adds a product, negotiates a price, takes an order and moves it along its workflow', async () => {
    const manager = await makeUser(payload, 'manager')
    const category = await payload.create({
      collection: 'categories',
      data: { name: unique('Bread ') },
    })
    const client = await makeClient(payload, { name: unique('Vostok Cafe ') })
    const productName = unique('Rye loaf ')

    try {
      await logIn(page, manager.email)
      // The dashboard opens on today's production plan.
      await page
        .getByTestId('plan-day')
        .getByText(/^Today, \d{1,2} [A-Z][a-z]+ \d{4}$/)
        .waitFor()

      // A product with a base price of 8 000 so'm.
      await page.goto(`${server.url}/admin/collections/products/create`)
      await page.locator('#field-name').fill(productName)
      await page.locator('#field-sku').fill(unique('RYE-'))
      await choose('category', category.name)
      await page.locator('#field-price').fill('8 000')
      await save()
      await page.waitForURL(/\/admin\/collections\/products\/\d+/)
      const product = (
        await payload.find({ collection: 'products', where: { name: { equals: productName } } })
      ).docs[0]
      expect(product.price).toBe(800000)

      // The cafe's negotiated price: 7 500 so'm.
      await page.goto(`${server.url}/admin/collections/client-prices/create`)
      await choose('client', client.name)
      await choose('product', productName)
      await page.locator('#field-price').fill('7500')
      await save()
      await page.waitForURL(/\/admin\/collections\/client-prices\/\d+/)

      // An order for the cafe: the line shows the negotiated price.
      await page.goto(`${server.url}/admin/collections/orders/create`)
      await choose('client', client.name)
      await page.getByRole('button', { name: /add line/i }).click()
      await choose('items__0__product', productName)
      await page.locator('#field-items__0__quantity').fill('80')
      await page.locator('#field-deliveryDate input').click()
      await page.locator('.react-datepicker__day--today').click()
      await save()
      await page.waitForURL(/\/admin\/collections\/orders\/\d+/)
      await expectInputValue('#field-items__0__unitPrice', '7 500')
      await expectInputValue('#field-total', '600 000')
      await expectText('allowed-next-statuses', 'Accepted, Cancelled')

      // The status menu offers where the order is and the moves its workflow allows, no others.
      await page.locator('#field-status .rs__control').click()
      await page.locator('.rs__option').first().waitFor()
      expect(await page.locator('.rs__option').allTextContents()).toEqual([
        'New',
        'Accepted',
        'Cancelled',
      ])
      await page.keyboard.press('Escape')
      const orderId = Number(page.url().match(/orders\/(\d+)/)![1])

      // A legal one goes through.
      await choose('status', 'Accepted')
      await save()
      await expectText('allowed-next-statuses', 'Preparing, Cancelled')
      const order = await payload.findByID({ collection: 'orders', id: orderId })
      expect(order.status).toBe('accepted')
      expect(order.statusHistory?.at(-1)).toEqual(
        expect.objectContaining({ from: 'new', to: 'accepted', actor: manager.name }),
      )
    } catch (error) {
      await page
        .screenshot({ path: 'test-results/admin-failure.png', fullPage: true })
        .catch(() => {})
      throw error
    }
  })

  it('exports last month’s invoices from the Orders list and downloads a workbook whose totals check out', async () => {
    const catalog = await makeCatalog(payload)
    const client = await makeClient(payload, { name: unique('Invoice Cafe ') })
    const order = await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'pickup',
        deliveryDate: '2032-03-15',
        items: [{ product: catalog.bread.id, quantity: 12 }],
      },
    })
    for (const status of ['accepted', 'preparing', 'ready', 'given'] as const) {
      await payload.update({ collection: 'orders', id: order.id, data: { status } })
    }
    const accountant = await makeUser(payload, 'accountant')
    const context = await browser.newContext({ acceptDownloads: true })
    const tab = await context.newPage()
    tab.setDefaultTimeout(30_000)
    try {
      await logIn(tab, accountant.email)
      await tab.goto(`${server.url}/admin/collections/orders`)
      // Typed after the page is live, or React never hears of it.
      await tab.waitForLoadState('networkidle')
      await tab.getByLabel('Invoice month').fill('2032-03')
      await tab.locator('[data-testid=export-invoices] a[href*="month=2032-03"]').waitFor()
      const [download] = await Promise.all([
        tab.waitForEvent('download'),
        tab.getByText('Export invoices').click(),
      ])
      expect(download.suggestedFilename()).toBe('invoices-2032-03.xlsx')
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(await download.path())
      const row = workbook.getWorksheet(1)!.getRow(5)
      expect(row.getCell(1).value).toBe(client.name)
      expect(row.getCell(4).value).toMatchObject({ result: 96_000 })

      // With the reconciliation acts: the client's act follows the invoice, ending in what is owed.
      await tab.getByLabel('with reconciliation acts').check()
      await tab.locator('[data-testid=export-invoices] a[href*="reconciliation=1"]').waitFor()
      const [withActs] = await Promise.all([
        tab.waitForEvent('download'),
        tab.getByText('Export invoices').click(),
      ])
      const acts = new ExcelJS.Workbook()
      await acts.xlsx.readFile(await withActs.path())
      const invoice = acts.worksheets.findIndex((sheet) => sheet.name === client.name)
      const act = acts.worksheets[invoice + 1]
      expect(act.name).toMatch(/Invoice Cafe/)
      // Opening, the order, turnover, closing: a new client owes just this order at the end.
      expect(act.getRow(act.rowCount - 2).getCell(5).value).toMatchObject({ result: 96_000 })
    } catch (error) {
      await tab
        .screenshot({ path: 'test-results/invoices-failure.png', fullPage: true })
        .catch(() => {})
      throw error
    } finally {
      await context.close()
    }
  })

  it('records a bank transfer on an order and refunds part of it from the order page', async () => {
    const catalog = await makeCatalog(payload)
    const client = await makeClient(payload, { name: unique('Paying Cafe ') })
    const order = await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'pickup',
        deliveryDate: '2032-04-01',
        items: [{ product: catalog.bread.id, quantity: 12 }],
      },
    })
    const manager = await makeUser(payload, 'manager')
    const context = await browser.newContext()
    const tab = await context.newPage()
    tab.setDefaultTimeout(30_000)
    try {
      await logIn(tab, manager.email)
      await tab.goto(`${server.url}/admin/collections/orders/${order.id}`)
      await tab.waitForLoadState('networkidle')
      await tab.getByLabel("Record a payment: amount in so'm").fill('96 000')
      await tab.getByLabel('Record a payment: reference').fill('PP-77')
      await tab.getByRole('button', { name: 'Record payment' }).click()
      await tab.getByText("Done: 96 000 so'm").waitFor()
      expect((await payload.findByID({ collection: 'orders', id: order.id })).paymentStatus).toBe(
        'paid',
      )

      await tab.getByLabel("Refund: amount in so'm").fill('100 000')
      await tab.getByLabel('Refund: reason').fill('returned')
      await tab.getByRole('button', { name: 'Refund', exact: true }).click()
      await tab.getByText("At most 96 000 so'm can still be refunded").waitFor()
      await tab.getByLabel("Refund: amount in so'm").fill('48 000')
      await tab.getByRole('button', { name: 'Refund', exact: true }).click()
      await tab.getByText("Done: 48 000 so'm").waitFor()
      expect((await payload.findByID({ collection: 'orders', id: order.id })).paymentStatus).toBe(
        'partially_refunded',
      )

      // Support: who is waiting, from the Conversations list.
      await tab.goto(`${server.url}/admin/collections/conversations`)
      await tab.getByTestId('conversation-filters').getByText('Unassigned').click()
      await tab.waitForURL(/assignedTo/)
    } catch (error) {
      await tab
        .screenshot({ path: 'test-results/payments-failure.png', fullPage: true })
        .catch(() => {})
      throw error
    } finally {
      await context.close()
    }
  })

  it('shows an order page in a Russian browser in another time zone without a hydration error', async () => {
    const catalog = await makeCatalog(payload)
    const client = await makeClient(payload, { name: unique('Russian Cafe ') })
    const order = await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'pickup',
        deliveryDate: '2032-05-01',
        items: [{ product: catalog.bread.id, quantity: 12 }],
      },
    })
    await payload.update({ collection: 'orders', id: order.id, data: { status: 'accepted' } })
    const manager = await makeUser(payload, 'manager')
    const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'America/New_York' })
    const tab = await context.newPage()
    tab.setDefaultTimeout(30_000)
    const errors: string[] = []
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    tab.on('pageerror', (error) => errors.push(error.message))
    try {
      await logIn(tab, manager.email)
      await tab.goto(`${server.url}/admin/collections/orders/${order.id}`)
      await tab.getByTestId('allowed-next-statuses').waitFor()
      await tab.waitForLoadState('networkidle')
      // A production build reports a failed hydration as React's minified error #418/#423/#425.
      expect(errors.filter((error) => /hydrat|React error #4(18|23|25)\b/i.test(error))).toEqual([])
    } finally {
      await context.close()
    }
  })

  it("shows a Russian-speaking manager the dashboard: a chosen day's production plan, printable, the figures and the chart", async () => {
    const catalog = await makeCatalog(payload)
    const client = await makeClient(payload, { name: unique('Plan Cafe ') })
    const today = calendarDateIn(new Date(), 'Asia/Tashkent')
    const tomorrow = addDays(today, 1)
    await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'delivery',
        deliveryDate: tomorrow,
        items: [{ product: catalog.samsa.id, quantity: 42 }],
      },
    })
    const manager = await makeUser(payload, 'manager')
    const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'America/New_York' })
    const tab = await context.newPage()
    tab.setDefaultTimeout(30_000)
    const errors: string[] = []
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    tab.on('pageerror', (error) => errors.push(error.message))
    try {
      await logIn(tab, manager.email)
      const plan = tab.getByTestId('production-plan')
      await plan
        .getByTestId('plan-day')
        .getByText(`Сегодня, ${formatDay(today, 'ru')}`)
        .waitFor()
      // Rendered on the server in Russian and in Tashkent's day, it hydrates in a New York browser.
      await tab.getByTestId('sales-chart').getByRole('application').waitFor()
      await tab.waitForLoadState('networkidle')
      expect(errors.filter((error) => /hydrat|React error #4(18|23|25)\b/i.test(error))).toEqual([])
      for (const period of ['day', 'week', 'month'])
        await tab.getByTestId(`figures-${period}`).waitFor()
      await tab.getByTestId('money-owed').waitFor()

      // Tomorrow's plan: the samsa to bake.
      await plan.getByRole('button', { name: 'Завтра' }).click()
      await plan
        .getByTestId('plan-day')
        .getByText(`Завтра, ${formatDay(tomorrow, 'ru')}`)
        .waitFor()
      await plan
        .getByTestId('plan-products')
        .locator('tr', { hasText: catalog.samsa.name })
        .filter({ hasText: '42 шт' })
        .first()
        .waitFor()

      // Any day from the picker; a day without orders says so.
      await plan.getByTestId('plan-date').fill('2033-01-15')
      await plan.getByTestId('plan-day').getByText('15 января 2033').waitFor()
      await plan.getByText('На этот день заказов нет.').waitFor()
      await plan.getByRole('button', { name: 'Завтра' }).click()
      await plan.getByTestId('plan-products').waitFor()

      // Printed, the page is the plan alone.
      await tab.emulateMedia({ media: 'print' })
      expect(await plan.getByTestId('plan-products').isVisible()).toBe(true)
      expect(await tab.getByTestId('figures-day').isVisible()).toBe(false)
      expect(await plan.getByRole('button', { name: 'Печать' }).isVisible()).toBe(false)
      await tab.emulateMedia({ media: 'screen' })

      // Best sellers over this week instead of this month.
      await tab.getByTestId('period-week').click()
      await tab.locator('[data-testid="period-week"][aria-pressed="true"]').waitFor()
      await tab.locator('[aria-busy="false"]').first().waitFor()
      await tab.getByTestId('top-products').waitFor()
      expect(await tab.getByTestId('dashboard').getByRole('alert').count()).toBe(0)
    } finally {
      await context.close()
    }
  })
})
