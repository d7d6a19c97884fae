import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { setShopMenuButton } from '@commerce/bot/shopMenuButton'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Api } from 'grammy'
import { type BotHarness, startBotHarness } from '../support/botHarness'
import { type FakeTelegram, startFakeTelegram } from '../support/fakeTelegram'
import { makeClient } from '../support/fixtures'
import { textUpdate } from '../support/telegramUpdates'

const PUBLIC_URL = 'https://shop.tandir.test/'
const SHOP = 'https://shop.tandir.test/miniapp'

let bot: BotHarness
let nextUser = 72_000_000

beforeAll(async () => {
  process.env.PUBLIC_URL = PUBLIC_URL
  bot = await startBotHarness()
})
afterAll(async () => {
  await bot?.close()
  delete process.env.PUBLIC_URL
})

/** The calls of `method` the fake Bot API has received, waiting a little for one made in the background. */
async function callsOf(telegram: FakeTelegram, method: string, atLeast = 1) {
  for (let tries = 0; tries < 100; tries++) {
    const found = telegram.calls.filter((call) => call.method === method)
    if (found.length >= atLeast) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return telegram.calls.filter((call) => call.method === method)
}

const lastMarkup = (chatId: number) =>
  bot.telegram.sent(chatId).at(-1)?.params.reply_markup as {
    inline_keyboard: { text: string; web_app?: { url: string } }[][]
  }

describe("the bot's way into the Mini App shop", () => {
  it('sets the default menu button at start: a web_app button at PUBLIC_URL/miniapp, in Russian', async () => {
    const [call] = await callsOf(bot.telegram, 'setChatMenuButton')
    expect(call?.params).toEqual({
      menu_button: { type: 'web_app', text: 'Магазин', web_app: { url: SHOP } },
    })
  })

  it('/shop sends an inline web_app button and gives the chat a menu button in the client’s language', async () => {
    const userId = nextUser++
    await makeClient(bot.payload, { telegramId: userId, language: 'uz' })
    const [answer] = await bot.converse(userId, textUpdate(userId, '/shop'))
    expect(answer).toMatch(/Telegram ichidagi do'konda/)
    expect(lastMarkup(userId).inline_keyboard).toEqual([
      [{ text: "Do'kon", web_app: { url: SHOP } }],
    ])
    const forChat = (await callsOf(bot.telegram, 'setChatMenuButton', 2)).filter(
      (call) => Number(call.params.chat_id) === userId,
    )
    expect(forChat.map((call) => call.params.menu_button)).toEqual([
      { type: 'web_app', text: "Do'kon", web_app: { url: SHOP } },
    ])
  })

  it('/shop speaks the Telegram app’s language to someone not registered yet', async () => {
    const userId = nextUser++
    const [answer] = await bot.converse(userId, textUpdate(userId, '/shop', { languageCode: 'en' }))
    expect(answer).toBe(
      'The catalog, your cart and your orders, in the shop right inside Telegram.',
    )
    expect(lastMarkup(userId).inline_keyboard).toEqual([[{ text: 'Shop', web_app: { url: SHOP } }]])
  })

  it('the help lists /shop', async () => {
    const userId = nextUser++
    const [help] = await bot.converse(
      userId,
      textUpdate(userId, 'what can you do?', { languageCode: 'en' }),
    )
    expect(help).toContain('/shop to open the shop')
  })
})

describe('setting the menu button', () => {
  let telegram: FakeTelegram
  beforeAll(async () => {
    telegram = await startFakeTelegram()
  })
  afterAll(() => telegram?.close())

  const api = () => new Api('123:TEST', { apiRoot: telegram.apiRoot })
  const log = () => {
    const lines: string[] = []
    return {
      lines,
      info: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
    }
  }

  it.each([
    [undefined, /PUBLIC_URL is not set/],
    ['http://localhost:3000', /PUBLIC_URL is not https:\/\/ .*http:\/\/localhost:3000/],
    ['not a url', /PUBLIC_URL is not an address: not a url/],
  ])('sets nothing for PUBLIC_URL %p and says why in the log', async (publicUrl, reason) => {
    const said = log()
    expect(await setShopMenuButton(api(), publicUrl, said)).toBe(false)
    expect(said.lines).toEqual([expect.stringMatching(reason)])
    expect(telegram.calls.filter((call) => call.method === 'setChatMenuButton')).toHaveLength(0)
  })

  it('logs a refusal from Telegram instead of throwing', async () => {
    telegram.failNext('setChatMenuButton', { status: 400, description: 'Bad Request: bad url' })
    const said = log()
    expect(await setShopMenuButton(api(), 'https://x.test', said)).toBe(false)
    expect(said.lines).toEqual([expect.stringMatching(/menu button not set: .*bad url/)])
  })

  it('npm run bot:webhook sets it with the webhook, and only with an https PUBLIC_URL', async () => {
    const run = (publicUrl: string) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', path.resolve('scripts/bot-webhook.ts')],
        {
          env: {
            ...process.env,
            TELEGRAM_BOT_TOKEN: '123:TEST',
            TELEGRAM_WEBHOOK_SECRET: 'secret',
            TELEGRAM_WEBHOOK_URL: 'https://orders.example.uz/api/telegram/webhook',
            TELEGRAM_API_ROOT: telegram.apiRoot,
            PUBLIC_URL: publicUrl,
          },
          timeout: 60_000,
        },
      )
    const before = telegram.calls.length
    const plain = await run('http://orders.example.uz')
    expect(plain.stdout).toMatch(/Telegram menu button not set: PUBLIC_URL is not https:\/\//)
    expect(telegram.calls.slice(before).map((call) => call.method)).toEqual([
      'setWebhook',
      'getWebhookInfo',
    ])
    const secure = await run('https://orders.example.uz')
    expect(secure.stdout).toContain(
      'Telegram menu button opens the shop at https://orders.example.uz/miniapp',
    )
    expect(telegram.calls.at(-1)).toMatchObject({
      method: 'setChatMenuButton',
      params: {
        menu_button: {
          type: 'web_app',
          text: 'Магазин',
          web_app: { url: 'https://orders.example.uz/miniapp' },
        },
      },
    })
  })
})
