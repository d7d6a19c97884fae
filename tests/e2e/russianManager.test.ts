import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { chromium } from 'playwright-core'

import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { BUILD_TIMEOUT, type NextServer, startNextServer } from '../support/nextServer'
import { closePayload, openPayload, unique } from '../support/payload'

// A manager's day in Russian, in a Russian browser in another time zone than the bakery's (the
// dashboard's day is in admin.test.ts, the documents and the audit trail in their own files).
let payload: Payload
let server: NextServer
let browser: Browser
let context: BrowserContext
let page: Page
let catalog: Awaited<ReturnType<typeof makeCatalog>>
/** Requests the admin made to anywhere but our server: it must work offline. */
const outside: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  payload = await openPayload()
  server = await startNextServer()
  catalog = await makeCatalog(payload)
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  context = await browser.newContext({
    locale: 'ru-RU',
    timezoneId: 'America/New_York',
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  })
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) outside.push(url)
  })
  page = await context.newPage()
  page.setDefaultTimeout(30_000)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
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

/** Runs a step, keeping a screenshot of the page when it fails. */
async function step(name: string, work: () => Promise<void>) {
  try {
    await work()
  } catch (error) {
    await page.screenshot({ path: `test-results/ru-${name}.png`, fullPage: true }).catch(() => {})
    throw error
  }
}

async function chooseLanguage(name: string, code: string) {
  await page.goto(`${server.url}/admin/account`)
  await page.locator('#language-select').click()
  await page.locator('.rs__option', { hasText: name }).click()
  // Payload switches the language on the server, then renders the page again in it.
  await page.locator(`html[lang=${code}]`).waitFor({ state: 'attached' })
}

async function placeOrder(
  client: { id: number },
  data: Record<string, unknown> = {},
): Promise<{ id: number; number?: number | null }> {
  return payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'delivery',
      deliveryDate: '2032-06-01',
      items: [{ product: catalog.bread.id, quantity: 10 }],
      ...data,
    },
  })
}

describe('a Russian-speaking manager', () => {
  it('chooses the language in the account, and the admin speaks it', async () => {
    await step('language', async () => {
      await chooseLanguage('English', 'en')
      await page.goto(`${server.url}/admin`)
      await page.getByText('Orders', { exact: true }).first().waitFor()
      await chooseLanguage('Русский', 'ru')
      await page.goto(`${server.url}/admin`)
      await page.getByText('Заказы', { exact: true }).first().waitFor()
      await page.goto(`${server.url}/admin/collections/orders`)
      await page.getByRole('heading', { name: 'Заказы' }).waitFor()
    })
  })

  it("prices the lines as they are typed, at the client's own price, with spaces", async () => {
    const client = await makeClient(payload, { name: unique('Кафе Восток ') })
    await payload.create({
      collection: 'client-prices',
      data: { client: client.id, product: catalog.bread.id, price: 750000 },
    })
    await step('draft-prices', async () => {
      await page.goto(`${server.url}/admin/collections/orders/create`)
      await page.locator('#field-client .rs__control').click()
      await page.keyboard.type(client.name)
      await page.locator('.rs__option', { hasText: client.name }).first().click()
      await page.getByRole('button', { name: /добавить позиц/i }).click()
      await page.locator('#field-items__0__product .rs__control').click()
      await page.keyboard.type('White bread')
      await page.locator('.rs__option', { hasText: 'White bread' }).first().click()
      await page.locator('#field-items__0__quantity').fill('80')
      // Before any save: the client's 7 500, not the base 8 000, and the total of 80 loaves.
      await page
        .getByTestId('order-draft-prices')
        .getByText('1. White bread: 7 500 сум → 600 000 сум')
        .waitFor()
      await page.waitForFunction(
        () =>
          (document.querySelector('#field-items__0__unitPrice') as HTMLInputElement)?.value ===
          '7 500',
      )
    })
  })

  it('sees the status menu offer the allowed moves only, and a refused move explained on screen', async () => {
    const client = await makeClient(payload)
    const order = await placeOrder(client)
    await step('status', async () => {
      await page.goto(`${server.url}/admin/collections/orders/${order.id}`)
      await page.locator('#field-status .rs__control').click()
      await page.locator('.rs__option').first().waitFor()
      expect(await page.locator('.rs__option').allTextContents()).toEqual([
        'Новый',
        'Принят',
        'Отменён',
      ])
      // The admin checks the changed form on the server; an answer to that check arriving after
      // the save's refusal would clear the field's error, so the save waits for it.
      const checked = page.waitForResponse(
        (response) => !!response.request().postData()?.includes('"form-state"'),
      )
      await page.locator('.rs__option', { hasText: 'Принят' }).click()
      await checked
      // Meanwhile a colleague cancels it: this page's move is now refused, and says why.
      await payload.update({ collection: 'orders', id: order.id, data: { status: 'cancelled' } })
      await page.locator('#action-save').click()
      // In the toast and on the field, in Russian: the explanation, not "the field is invalid".
      const explanation = /в статусе «Отменён» — это окончательно/
      await page.locator('.payload-toast-container').getByText(explanation).waitFor()
      await page.locator('#field-status').locator('..').getByText(explanation).first().waitFor()
    })
  })

  it('moves selected orders to their next step, with one refusal said', async () => {
    const client = await makeClient(payload, { name: unique('Кафе Пакет ') })
    const [first, second, done] = [
      await placeOrder(client),
      await placeOrder(client),
      await placeOrder(client),
    ]
    await payload.update({ collection: 'orders', id: done.id, data: { status: 'cancelled' } })
    await step('bulk', async () => {
      await page.goto(
        `${server.url}/admin/collections/orders?where[client][equals]=${client.id}&limit=50`,
      )
      await page.waitForLoadState('networkidle')
      await page.locator('.table input[type=checkbox]').first().check()
      const move = page.getByTestId('bulk-status-move')
      await move.getByRole('button', { name: 'Перевести' }).click()
      const results = page.getByTestId('bulk-status-results')
      await results.getByText(`Заказ #${done.number}: не переведён`).waitFor()
      await results.getByText(`Заказ #${first.number}: переведён → Принят`).waitFor()
      await results.getByText(`Заказ #${second.number}: переведён → Принят`).waitFor()
    })
    for (const { id } of [first, second]) {
      expect((await payload.findByID({ collection: 'orders', id })).status).toBe('accepted')
    }
  })

  it("shows a client's balance after a delivery and a part payment", async () => {
    const client = await makeClient(payload, { name: unique('Кафе Долг ') })
    const order = await placeOrder(client)
    for (const status of ['accepted', 'preparing', 'on_the_way', 'delivered'] as const)
      await payload.update({ collection: 'orders', id: order.id, data: { status } })
    // 10 loaves at 8 000 delivered; 30 000 paid in cash, through the payments API as the form does.
    const paid = await page.request.post(`${server.url}/api/payments/manual`, {
      data: {
        order: order.id,
        provider: 'cash',
        amount: 3_000_000,
        requestId: `e2e-${order.id}-part`,
      },
    })
    expect(paid.status()).toBe(200)
    await step('balance', async () => {
      await page.goto(`${server.url}/admin/collections/clients/${client.id}`)
      await page.waitForFunction(
        () => (document.querySelector('#field-balance') as HTMLInputElement)?.value === '50 000',
      )
      await page.goto(`${server.url}/admin/collections/clients?where[id][equals]=${client.id}`)
      await page.locator('.table').getByText('50 000 сум').waitFor()
    })
  })

  it('worked offline, without a hydration error', () => {
    expect(outside).toEqual([])
    expect(pageErrors.filter((error) => /hydrat|React error #4(18|23|25)\b/i.test(error))).toEqual(
      [],
    )
  })
})
