import type { Payload } from 'payload'

import { startPolling } from './bot/startPolling'
import { startDispatcher } from './outbox/startDispatcher'

/** Start-up work of the Telegram side: notifications always, polling when there is no webhook. */
export async function startTelegram(payload: Payload): Promise<void> {
  // Short-lived processes (migrations, the dev start-up) neither poll nor dispatch.
  if (process.env.TANDIR_ROLE === 'script') return
  const token = process.env.TELEGRAM_BOT_TOKEN
  if (!token) {
    payload.logger.info(
      'Telegram bot is off (no TELEGRAM_BOT_TOKEN): notifications wait in the outbox',
    )
    return
  }
  if (process.env.TANDIR_OUTBOX_DISPATCHER !== 'off') startDispatcher(payload, token)
  if (!process.env.TELEGRAM_WEBHOOK_URL) {
    await startPolling(payload, token).catch((error) =>
      payload.logger.error({ err: error }, 'Telegram bot: could not start polling'),
    )
  }
}
