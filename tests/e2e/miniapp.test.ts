import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import { Api } from 'grammy'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

import { type FakeStripe, startFakeStripe } from '../support/fakeStripe'
import { type FakeTelegram, startFakeTelegram } from '../support/fakeTelegram'
import { makeCatalog, makeClient } from '../support/fixtures'
import { signInitData, TEST_BOT_TOKEN } from '../support/initData'
import { BUILD_TIMEOUT, type NextServer, startNextServer } from '../support/nextServer'
import { closePayload, openPayload } from '../support/payload'
import {
  DARK,
  emulateTelegramClient,
  LIGHT,
  miniappUrl,
  type Theme,
} from '../support/telegramWebview'

// The shop opened the way Telegram opens it: launch parameters in the hash, the client's side of
// the bridge emulated in the page, the app's server with its bot on a fake Bot API.
const STAFF_CHAT = -100_990_001
const ENV = {
  TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
  TELEGRAM_WEBHOOK_URL: 'https://tandir.example.invalid/api/telegram/webhook',
  TELEGRAM_WEBHOOK_SECRET: 'miniapp-e2e-secret',
  STRIPE_SECRET_KEY: 'sk_test_tandir',
  STRIPE_WEBHOOK_SECRET: 'whsec_miniapp_e2e',
}
let payload: Payload
let telegram: FakeTelegram
let stripe: FakeStripe
let server: NextServer
let browser: Browser
let catalog: Awaited<ReturnType<typeof makeCatalog>>
let previousStaffChat: number | null | undefined
const pageErrors: string[] = []

beforeAll(async () => {
  payload = await openPayload()
  telegram = await startFakeTelegram()
  stripe = await startFakeStripe(ENV.STRIPE_WEBHOOK_SECRET)
  // The server is ready once Telegram knows its webhook, as `npm run bot:webhook` makes it.
  await new Api(TEST_BOT_TOKEN, { apiRoot: telegram.apiRoot }).setWebhook(ENV.TELEGRAM_WEBHOOK_URL)
  Object.assign(process.env, ENV, {
    TELEGRAM_API_ROOT: telegram.apiRoot,
    STRIPE_API_BASE: stripe.apiBase,
    MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-miniapp-e2e-media-')),
  })
  previousStaffChat = (await payload.findGlobal({ slug: 'settings' })).adminChatId
  // Notifications other files left unsent (their orders' staff cards) would go to this staff chat
  // before ours, at a group's 20 a minute: they are not this test's to send.
  await sqlDatabase(payload).execute(
    sql`update outbox set status = 'dead', last_error = 'left by another test file' where status = 'pending'`,
  )
  await payload.updateGlobal({ slug: 'settings', data: { adminChatId: STAFF_CHAT } })
  catalog = await makeCatalog(payload)
  server = await startNextServer()
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
}, BUILD_TIMEOUT)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await payload?.updateGlobal({
    slug: 'settings',
    data: { adminChatId: previousStaffChat ?? null },
  })
  await closePayload(payload)
  await telegram?.close()
  await stripe?.close()
  if (process.env.MEDIA_DIR) fs.rmSync(process.env.MEDIA_DIR, { recursive: true, force: true })
  for (const name of [...Object.keys(ENV), 'TELEGRAM_API_ROOT', 'STRIPE_API_BASE', 'MEDIA_DIR'])
    delete process.env[name]
})

/** A page inside the emulated Telegram client, opened as `user` in `theme`. */
async function openShop(
  user: { id: number; first_name: string; language_code: string },
  theme: Theme,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } })
  await context.addInitScript(emulateTelegramClient)
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto(miniappUrl(server.url, signInitData(user), theme))
  await page.getByTestId('products').waitFor()
  return page
}

type Posted = [string, Record<string, unknown> | undefined]
const posted = (page: Page) =>
  page.evaluate(() => (window as unknown as { __telegram: { posted: Posted[] } }).__telegram.posted)

/** Waits until `check` holds, asking again every 100 ms for up to 30 s. */
async function until(what: string, check: () => Promise<boolean> | boolean) {
  for (const deadline = Date.now() + 30_000; !(await check()); ) {
    if (Date.now() > deadline) throw new Error(`Still not: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Waits for Telegram's main button to say `text`, then presses it as the user would. */
async function pressMainButton(page: Page, text: RegExp) {
  await until(`the main button says ${text}`, async () => {
    const setups = (await posted(page)).filter(([type]) => type === 'web_app_setup_main_button')
    const last = setups.at(-1)?.[1]
    return Boolean(last?.is_visible && last.is_active && text.test(String(last.text)))
  })
  await page.evaluate(() =>
    (
      window as unknown as { Telegram: { WebView: { receiveEvent: (type: string) => void } } }
    ).Telegram.WebView.receiveEvent('main_button_pressed'),
  )
}

async function step(page: Page, name: string, work: () => Promise<void>) {
  try {
    await work()
  } catch (error) {
    await page
      .screenshot({ path: `test-results/miniapp-${name}.png`, fullPage: true })
      .catch(() => {})
    throw error
  }
}

describe('a retail customer in Russian with a dark theme', () => {
  it('is never asked to register, keeps the cart over a reload, orders a delivery and gets a card link', async () => {
    const user = { id: 9_810_001, first_name: 'Азиз', language_code: 'ru' }
    const page = await openShop(user, DARK)
    await step(page, 'retail', async () => {
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
      expect(await page.locator('html').getAttribute('lang')).toBe('ru')
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(23, 33, 43)',
      )
      const bread = page.getByTestId(`product-${catalog.bread.id}`)
      await bread.getByText('8 000 сум').waitFor()
      await bread.getByRole('button', { name: 'В корзину' }).click()
      await bread.getByRole('button', { name: '+' }).click()
      // The cart comes back from Telegram's cloud storage, not from this browser's.
      await page.evaluate(() => localStorage.clear())
      await page.reload()
      await page
        .getByTestId(`product-${catalog.bread.id}`)
        .getByTestId('quantity')
        .getByText('2')
        .waitFor()

      await pressMainButton(page, /Корзина · 16 000 сум/)
      await page.getByTestId('cart-total').getByText('Итого: 16 000 сум').waitFor()
      await pressMainButton(page, /Оформить/)
      await page.locator('textarea[name=address]').fill('ул. Навои, 12')
      await page.getByRole('button', { name: /Моё местоположение/ }).click()
      await page.getByTestId('location-note').getByText('Местоположение добавлено').waitFor()
      await page.getByLabel('Картой').check()
      await pressMainButton(page, /Заказать · 16 000 сум/)
      await page.getByTestId('order-status').getByText('Новый').waitFor()
    })
    const client = await payload.find({
      collection: 'clients',
      where: { telegramId: { equals: user.id } },
    })
    expect(client.docs[0]).toMatchObject({ kind: 'individual', language: 'ru' })
    const { docs } = await payload.find({
      collection: 'orders',
      where: { client: { equals: client.docs[0].id } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ source: 'miniapp', fulfillment: 'delivery', total: 1_600_000 })
    expect(docs[0].deliveryAddress).toContain('ул. Навои, 12')
    expect(docs[0].deliveryAddress).toContain('41.311081,69.240562')
    // The card link opened through Telegram, and the staff got the order card.
    const links = (await posted(page)).filter(([type]) => type === 'web_app_open_link')
    expect(String(links.at(-1)?.[1]?.url)).toMatch(/^https?:\/\//)
    await until('the staff have the order card', () =>
      telegram
        .sent(STAFF_CHAT)
        .some((call) => String(call.params.text).includes(`${docs[0].number}`)),
    )
    expect(pageErrors).toEqual([])
  })
})

describe('a business client in Uzbek with a light theme', () => {
  it('sees the negotiated price and picks up on an offered day', async () => {
    const telegramId = 9_810_002
    const client = await makeClient(payload, {
      kind: 'business',
      telegramId,
      language: 'uz',
      status: 'active',
    })
    await payload.create({
      collection: 'client-prices',
      data: { client: client.id, product: catalog.bread.id, price: 750_000 },
    })
    const page = await openShop(
      { id: telegramId, first_name: 'Dilshod', language_code: 'uz' },
      LIGHT,
    )
    let day = ''
    await step(page, 'business', async () => {
      expect(await page.locator('html').getAttribute('data-theme')).toBe('light')
      const bread = page.getByTestId(`product-${catalog.bread.id}`)
      await bread.getByText("7 500 so'm").waitFor()
      await bread.getByTestId('negotiated').getByText('sizning narxingiz').waitFor()
      await bread.getByRole('button', { name: "Savatga qo'shish" }).click()
      await pressMainButton(page, /Savat/)
      await pressMainButton(page, /Rasmiylashtirish/)
      await page.getByLabel('Olib ketish').check()
      const days = page.getByTestId('days').locator('button')
      const last = days.last()
      day = String(await last.getAttribute('data-day'))
      await last.click()
      await page.getByLabel('Qabul qilganda').check()
      await pressMainButton(page, /Buyurtma berish/)
      await page.getByTestId('order-status').getByText('Yangi').waitFor()
    })
    const { docs } = await payload.find({
      collection: 'orders',
      where: { client: { equals: client.id } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ fulfillment: 'pickup', source: 'miniapp', total: 750_000 })
    expect(String(docs[0].deliveryDate).slice(0, 10)).toBe(day)
    expect(docs[0].items?.[0]?.unitPrice).toBe(750_000)
    // Paying on delivery opens no card page.
    expect((await posted(page)).some(([type]) => type === 'web_app_open_link')).toBe(false)
    expect(pageErrors).toEqual([])
  })
})

describe('an ordinary browser', () => {
  it('says to open the shop in Telegram instead of failing', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${server.url}/miniapp`)
    await page.getByTestId('not-in-telegram').getByText('Open the shop in Telegram').waitFor()
    await context.close()
    expect(pageErrors).toEqual([])
  })
})
