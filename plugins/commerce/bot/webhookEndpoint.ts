import crypto from 'node:crypto'
import type { Bot } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { Endpoint, Payload } from 'payload'

import { commerceOf } from '../feature'
import type { BotContext } from './context'

import { createBot } from './createBot'
import { finishUpdate, takeUpdate } from './seenUpdates'

/**
 * `POST /api/telegram/webhook`. Telegram resends an update until it gets a 2xx, so a failing
 * handler is logged and answered with 200 rather than turned into an endless retry; an update
 * delivered again (a slow answer) is answered 200 and handled once.
 */
export function telegramWebhookEndpoint(): Endpoint {
  let bot: Promise<Bot<BotContext>> | undefined
  return {
    path: '/telegram/webhook',
    method: 'post',
    handler: async (req) => {
      const options = commerceOf(req.payload).options.telegram
      const token = options.token
      if (!token)
        return Response.json(
          { error: 'The Telegram bot is off: TELEGRAM_BOT_TOKEN is not set' },
          { status: 503 },
        )
      if (
        !secretMatches(options.webhookSecret, req.headers.get('x-telegram-bot-api-secret-token'))
      ) {
        return Response.json(
          { error: 'Wrong or missing X-Telegram-Bot-Api-Secret-Token' },
          { status: 401 },
        )
      }
      const update = await req.json?.().catch(() => null)
      if (
        !update ||
        typeof update !== 'object' ||
        !Number.isSafeInteger(update.update_id) ||
        update.update_id < 0
      ) {
        return Response.json({ error: 'The body must be a Telegram update' }, { status: 400 })
      }
      bot ??= startBot(req.payload)
      if (!(await takeUpdate(req.payload, update.update_id))) return Response.json({ ok: true })
      // A call the bot makes as the webhook's reply (Telegram executes it on receipt).
      let reply: string | undefined
      try {
        await (await bot).handleUpdate(update, {
          send: async (call) => {
            reply = call
          },
        })
      } catch (error) {
        req.payload.logger.error(
          { err: error, update: update.update_id },
          'telegram webhook: update failed',
        )
      } finally {
        await finishUpdate(req.payload, update.update_id)
      }
      return reply
        ? new Response(reply, { headers: { 'content-type': 'application/json' } })
        : Response.json({ ok: true })
    },
  }
}

function secretMatches(expected: string | undefined, given: string | null): boolean {
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

async function startBot(payload: Payload): Promise<Bot<BotContext>> {
  const { token, apiRoot, botInfo } = commerceOf(payload).options.telegram
  const bot = createBot({
    token: token!,
    payload,
    apiRoot,
    botInfo: botInfo as UserFromGetMe | undefined,
  })
  await bot.init()
  return bot
}
