import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient } from '../support/fixtures'
import { unique } from '../support/payload'
import { textUpdate } from '../support/telegramUpdates'

const CLIENT = 7_800_001
const STRANGER = 7_800_002

let bot: BotHarness
let catalog: Awaited<ReturnType<typeof makeCatalog>>

beforeAll(async () => {
  bot = await startBotHarness()
  catalog = await makeCatalog(bot.payload)
  const client = await makeClient(bot.payload, {
    telegramId: CLIENT,
    language: 'en',
    status: 'active',
  })
  await bot.payload.create({
    collection: 'client-prices',
    data: { client: client.id, product: catalog.bread.id, price: 750000 },
  })
})
afterAll(async () => {
  await bot?.close()
})

describe('/pricelist in the bot', () => {
  it('shows a client their own prices for what is on sale, negotiated ones marked', async () => {
    // Other files' catalogues are on sale too: the list may take several messages.
    const text = (await bot.converse(CLIENT, textUpdate(CLIENT, '/pricelist'))).join('\n\n')
    expect(text).toMatch(/^Your prices today:/)
    expect(text).toContain(`— ${catalog.category.name}`)
    expect(text).toContain("★ White bread — 7 500 so'm per pcs")
    expect(text).toContain("Samsa — 9 000 so'm per pcs")
    expect(text).not.toContain('Retired bun')
    expect(text).toContain('★ your negotiated price')
  })

  it('sends a catalogue too long for one message whole, in several, cut between categories', async () => {
    const made: { categories: number[]; products: number[]; names: string[] } = {
      categories: [],
      products: [],
      names: [],
    }
    try {
      for (let c = 0; c < 5; c++) {
        const category = await bot.payload.create({
          collection: 'categories',
          data: { name: unique(`Long list ${c} `) },
        })
        made.categories.push(category.id)
        for (let p = 0; p < 30; p++) {
          const name = `Pastry with a long descriptive name ${c}-${p}`
          const product = await bot.payload.create({
            collection: 'products',
            data: { name, sku: unique('LONG-'), category: category.id, unit: 'pcs', price: 100000 },
          })
          made.products.push(product.id)
          made.names.push(name)
        }
      }
      const texts = await bot.converse(CLIENT, textUpdate(CLIENT, '/pricelist'))
      expect(texts.length).toBeGreaterThan(1)
      for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096)
      // Each message after the first starts with a category's heading.
      for (const text of texts.slice(1)) expect(text).toMatch(/^— /)
      const all = texts.join('\n\n')
      for (const name of made.names) expect(all).toContain(`${name} — 1 000 so'm per pcs`)
      expect(texts.at(-1)).toMatch(/★ your negotiated price$/)
    } finally {
      for (const id of made.products) await bot.payload.delete({ collection: 'products', id })
      for (const id of made.categories) await bot.payload.delete({ collection: 'categories', id })
    }
  })

  it('asks someone not registered to register first, in their language', async () => {
    expect(
      await bot.converse(STRANGER, textUpdate(STRANGER, '/pricelist', { languageCode: 'uz' })),
    ).toEqual(["Avval ro'yxatdan o'ting: /start ni bosing."])
  })
})

describe('the help', () => {
  it('lists each feature’s commands, /pricelist among them', async () => {
    const [help] = await bot.converse(CLIENT, textUpdate(CLIENT, 'what can you do?'))
    expect(help.split('\n')).toEqual([
      'I can help you with:',
      '/order to place an order',
      '/orders to see your orders',
      '/profile for your details',
      '/balance for your credits and pass',
      '/buy to buy credits in Telegram Stars (/buy10 buys 10 at once)',
      '/pass for a pass: unlimited messages to support for a while',
      '/premium for premium content',
      '/pricelist for your prices today',
      '/shop to open the shop',
      '/start to begin, /language to change the language, /cancel to stop what you are doing',
    ])
  })
})
