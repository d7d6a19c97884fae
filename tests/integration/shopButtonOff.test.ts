import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { textUpdate } from '../support/telegramUpdates'

// Local development: the app runs on http://, where Telegram opens no Mini App.
let bot: BotHarness
beforeAll(async () => {
  process.env.PUBLIC_URL = 'http://localhost:3000'
  bot = await startBotHarness()
})
afterAll(async () => {
  await bot?.close()
  delete process.env.PUBLIC_URL
})

describe('the shop without an https address', () => {
  it('sets no menu button at start, and /shop says the shop is not open, in the client’s language', async () => {
    const userId = 72_500_000
    const [russian] = await bot.converse(userId, textUpdate(userId, '/shop'))
    expect(russian).toBe('Магазин в Telegram пока не открыт. Закажите здесь: /order')
    const [english] = await bot.converse(
      userId + 1,
      textUpdate(userId + 1, '/shop', { languageCode: 'en' }),
    )
    expect(english).toBe('The shop inside Telegram is not open yet. Order here: /order')
    expect(bot.telegram.sent(userId).at(-1)?.params.reply_markup).toBeUndefined()
    expect(bot.telegram.calls.filter((call) => call.method === 'setChatMenuButton')).toEqual([])
  })
})
