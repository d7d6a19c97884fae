import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type BotHarness, startBotHarness } from '../support/botHarness'
import { makeCatalog, makeClient } from '../support/fixtures'
import {
  callbackUpdate,
  contactUpdate,
  stickerUpdate,
  textUpdate,
} from '../support/telegramUpdates'

let bot: BotHarness

beforeAll(async () => {
  bot = await startBotHarness()
  await makeCatalog(bot.payload)
  // A few chats writing as fast as the test can: the flood protection (tested in floodSignals)
  // would rightly slow them down, and here every message is to get an answer.
  await bot.payload.updateGlobal({
    slug: 'settings',
    data: { floodLimit: 9_999, floodMuteAfter: 10_000 },
  })
  // The bot, shared by the files of a run, reads its limits at most every 10 s.
  await new Promise((resolve) => setTimeout(resolve, 11_000))
}, 30_000)
afterAll(async () => {
  await bot?.payload.updateGlobal({
    slug: 'settings',
    data: { floodLimit: 8, floodMuteAfter: 20 },
  })
  await bot?.close()
})

describe('the bot under random input', () => {
  it('answers 1,000 random updates across every step with no 5xx, and every message gets a reply', async () => {
    let seed = 20261125
    // A fixed pseudo-random sequence: a failure replays the same way.
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647
      return seed % n
    }
    const users = Array.from({ length: 8 }, (_, i) => 9_500_000 + i)
    for (const userId of users.slice(0, 4))
      await makeClient(bot.payload, { telegramId: userId, language: 'en' })
    const texts = [
      '/start',
      '/order',
      '/orders',
      '/cancel',
      '/language',
      'hello',
      '80',
      '-3',
      '2.5',
      '99999999999',
      '🙂',
      'x'.repeat(5000),
      '+998901234567',
      'Vostok Cafe',
    ]
    const callbacks = [
      'lang:v1:ru',
      'lang:v1:xx',
      'o-more:v1',
      'o-done:v1',
      'o-skip:v1',
      'o-way:v1:delivery',
      'o-way:v1:pickup',
      'o-confirm:v1',
      'o-confirm:v1:zz',
      'o-abort:v1',
      'o-profile:v1',
      'o-date:v1:2020-01-01',
      'o-cat:v1:1',
      'o-prod:v1:1',
      'my:v1:1',
      'mycancel:v1:999',
      'repeat:v1:1',
      'garbage',
      '',
    ]

    const unanswered: string[] = []
    for (let i = 0; i < 1000; i++) {
      const userId = users[next(users.length)]
      const ownButtons = bot.buttons(userId)
      const kind = next(10)
      const isMessage = kind < 6
      const update =
        kind < 4
          ? textUpdate(userId, texts[next(texts.length)])
          : kind === 4
            ? stickerUpdate(userId)
            : kind === 5
              ? contactUpdate(userId, next(2) ? '+998901234567' : '+1 555 0100')
              : kind < 9 && ownButtons.length
                ? callbackUpdate(userId, ownButtons[next(ownButtons.length)])
                : callbackUpdate(userId, callbacks[next(callbacks.length)])
      const before = bot.telegram.calls.filter(
        (call) => Number(call.params.chat_id) === userId || call.method === 'answerCallbackQuery',
      ).length
      const response = await bot.post(update)
      expect(response.status).toBe(200)
      const after = bot.telegram.calls.filter(
        (call) => Number(call.params.chat_id) === userId || call.method === 'answerCallbackQuery',
      ).length
      if (isMessage && after === before) unanswered.push(JSON.stringify(update).slice(0, 200))
    }
    expect(unanswered).toEqual([])
  })
})
