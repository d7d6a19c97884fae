import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient } from '../support/fixtures'
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
    const [text] = await bot.converse(CLIENT, textUpdate(CLIENT, '/pricelist'))
    expect(text).toMatch(/^Your prices today:/)
    expect(text).toContain(`— ${catalog.category.name}`)
    expect(text).toContain("★ White bread — 7 500 so'm per pcs")
    expect(text).toContain("Samsa — 9 000 so'm per pcs")
    expect(text).not.toContain('Retired bun')
    expect(text).toContain('★ your negotiated price')
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
