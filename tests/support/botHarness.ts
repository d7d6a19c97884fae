import { expect } from '@jest/globals'
import type { UserFromGetMe } from 'grammy/types'
import type { Payload } from 'payload'

import { type FakeTelegram, startFakeTelegram } from './fakeTelegram'
import { closePayload, openPayload } from './payload'
import { type RestServer, startRestServer } from './restServer'
import { preCheckoutUpdate, type StarsPayment, successfulPaymentUpdate } from './telegramUpdates'

export const WEBHOOK_SECRET = 'webhook-secret-for-tests'
export const BOT_INFO = {
  id: 1000,
  is_bot: true,
  first_name: 'Tandir',
  username: 'tandir_test_bot',
} as unknown as UserFromGetMe
const ENV = {
  TELEGRAM_BOT_TOKEN: '123:TEST',
  TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
  TELEGRAM_BOT_INFO: JSON.stringify(BOT_INFO),
  // Served by webhook, as in production: no long polling against the fake.
  TELEGRAM_WEBHOOK_URL: 'https://tandir.test/api/telegram/webhook',
  // Tests drain the outbox themselves, so notifications never interleave with a conversation.
  TANDIR_OUTBOX_DISPATCHER: 'off',
}

/** The real server's webhook over HTTP, with the Bot API replaced by a fake on loopback. */
export async function startBotHarness() {
  const telegram: FakeTelegram = await startFakeTelegram()
  Object.assign(process.env, ENV, { TELEGRAM_API_ROOT: telegram.apiRoot })
  const payload: Payload = await openPayload()
  const server: RestServer = await startRestServer()

  async function post(update: object, secret: string | null = WEBHOOK_SECRET) {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (secret !== null) headers['x-telegram-bot-api-secret-token'] = secret
    const response = await fetch(`${server.url}/telegram/webhook`, {
      method: 'POST',
      headers,
      body: JSON.stringify(update),
    })
    telegram.webhookReply(await response.clone().text())
    return response
  }

  return {
    payload,
    telegram,
    /** The REST API's root, for endpoints other than the webhook. */
    apiUrl: server.url,
    post,
    /** Sends updates through the webhook, each answered with 200; returns the bot's replies to `chatId`. */
    async converse(chatId: number, ...updates: object[]): Promise<string[]> {
      const before = telegram.sent(chatId).length
      for (const update of updates) expect((await post(update)).status).toBe(200)
      return telegram
        .sent(chatId)
        .slice(before)
        .map((call) => String(call.params.text))
    },
    /** The callback data of the buttons under the bot's last message to `chatId`. */
    buttons(chatId: number): string[] {
      const markup = telegram.sent(chatId).at(-1)?.params.reply_markup as
        | { inline_keyboard?: { callback_data: string }[][] }
        | undefined
      return (markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data)
    },
    /**
     * The client pays an invoice in Telegram Stars: Telegram's `pre_checkout_query`, then, when the
     * bot answered ok, the charge and its `successful_payment`. Returns the bot's answer, the
     * charge id and the bot's replies to the payment.
     */
    async payStars(userId: number, invoice: StarsPayment) {
      const query = preCheckoutUpdate(userId, invoice)
      expect((await post(query)).status).toBe(200)
      const answer = telegram.preCheckoutAnswer(query.pre_checkout_query.id)
      if (!answer?.ok) return { answer, chargeId: null, replies: [] as string[] }
      const chargeId = telegram.starsCharge(userId, invoice.total)
      const before = telegram.sent(userId).length
      expect((await post(successfulPaymentUpdate(userId, { ...invoice, chargeId }))).status).toBe(
        200,
      )
      const replies = telegram
        .sent(userId)
        .slice(before)
        .map((call) => String(call.params.text))
      return { answer, chargeId, replies }
    },
    async close() {
      await server.close()
      await closePayload(payload)
      await telegram.close()
      for (const name of [...Object.keys(ENV), 'TELEGRAM_API_ROOT']) delete process.env[name]
    },
  }
}

export type BotHarness = Awaited<ReturnType<typeof startBotHarness>>
