import { DOOR_LABELS } from '@commerce/features/audit/texts'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'

import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { BUILD_TIMEOUT, type NextServer, startNextServer } from '../support/nextServer'
import { unique } from '../support/payload'
import { textUpdate } from '../support/telegramUpdates'

const GROUP = -100_940_001
const MANAGER_TG = 9_400_001

let server: NextServer
let bot: BotHarness
let browser: Browser

beforeAll(async () => {
  // The admin first, before the bot's variables are set: the server the browser uses runs no bot.
  server = await startNextServer()
  bot = await startBotHarness()
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
}, BUILD_TIMEOUT)
afterAll(async () => {
  await browser?.close()
  await bot?.close()
  await server?.stop()
})

describe('the audit trail on a document’s page', () => {
  it('shows a price a manager changed through the bot: when, who, the door, before → after', async () => {
    const { payload } = bot
    const catalog = await makeCatalog(payload)
    const username = unique('trail_')
    const client = await makeClient(payload, { telegramUsername: username, inn: '512345678' })
    const manager = await makeUser(payload, 'manager')
    const name = unique('Aziz ')
    await payload.update({
      collection: 'users',
      id: manager.id,
      data: { telegramId: MANAGER_TG, name },
    })
    for (const price of ['7500', '7000'])
      await bot.converse(
        GROUP,
        textUpdate(MANAGER_TG, `/set_price @${username} ${catalog.bread.sku} ${price}`, {
          chatId: GROUP,
          languageCode: 'en',
        }),
      )
    const row = (
      await payload.find({ collection: 'client-prices', where: { client: { equals: client.id } } })
    ).docs[0]

    const context = await browser.newContext({ locale: 'ru-RU' })
    const tab = await context.newPage()
    tab.setDefaultTimeout(30_000)
    try {
      await tab.goto(`${server.url}/admin/login`)
      await tab.locator('#field-email').fill(manager.email)
      await tab.locator('#field-password').fill(PASSWORD)
      await tab.locator('button[type=submit]').click()
      await tab.waitForURL(/\/admin\/?$/)
      await tab.goto(`${server.url}/admin/collections/client-prices/${row.id}`)
      const entries = tab.getByTestId('audit-entry')
      await entries.nth(1).waitFor()
      const [changed, set] = await entries.allTextContents()
      expect(changed).toContain(name)
      expect(changed).toContain("7 500 so'm → 7 000 so'm")
      expect(Object.values(DOOR_LABELS.bot).some((label) => changed.includes(label))).toBe(true)
      expect(set).toContain("— → 7 500 so'm")

      // The log's own page of that entry shows the same change, not raw JSON.
      const [entry] = (
        await payload.find({
          collection: 'audit-log',
          where: { target: { equals: 'client-prices' }, documentId: { equals: row.id } },
          sort: '-createdAt',
          limit: 1,
        })
      ).docs
      await tab.goto(`${server.url}/admin/collections/audit-log/${entry.id}`)
      await tab.locator('.audit-changes-field li[data-path="price"]').waitFor()
      expect(
        await tab.locator('.audit-changes-field li[data-path="price"]').textContent(),
      ).toContain("7 500 so'm → 7 000 so'm")
      // The list filtered by document, as the trail's link opens it.
      await tab.goto(
        `${server.url}/admin/collections/audit-log?where[target][equals]=client-prices&where[documentId][equals]=${row.id}`,
      )
      await tab.locator('.table tbody tr').nth(1).waitFor()
      expect(await tab.locator('.table tbody tr').count()).toBe(2)

      // The settings keep their own trail, under the days the log is kept for.
      const staff = await payload.findByID({ collection: 'users', id: manager.id })
      await payload.updateGlobal({
        slug: 'settings',
        data: { auditRetentionDays: 400 },
        user: staff,
      })
      await tab.goto(`${server.url}/admin/globals/settings`)
      await tab.locator('#field-auditRetentionDays').waitFor()
      const settingsEntry = tab.getByTestId('audit-entry').filter({ hasText: '365 → 400' })
      await settingsEntry.first().waitFor()
      expect(await settingsEntry.first().textContent()).toContain(name)
    } catch (error) {
      await tab.screenshot({ path: 'test-results/audit-trail-failure.png', fullPage: true })
      throw error
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { auditRetentionDays: 365 } })
      await context.close()
    }
  })
})
