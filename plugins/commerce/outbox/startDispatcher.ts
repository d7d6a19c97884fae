import type { Payload } from 'payload'

import { Api } from 'grammy'

import { createOutboxDispatcher } from './dispatcher'

/** Starts delivering notifications when a bot token is configured; says so plainly when not. */
export function startDispatcher(payload: Payload): void {
  const token = process.env.TELEGRAM_BOT_TOKEN
  if (!token) {
    payload.logger.info('Telegram bot is off (no TELEGRAM_BOT_TOKEN): notifications wait in the outbox')
    return
  }
  const api = new Api(token, { apiRoot: process.env.TELEGRAM_API_ROOT || 'https://api.telegram.org' })
  const dispatcher = createOutboxDispatcher({ payload, api })
  dispatcher.start()
  const previousDestroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    await dispatcher.stop()
    await previousDestroy()
  }
}
