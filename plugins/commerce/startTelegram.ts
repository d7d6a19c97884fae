import type { Payload } from 'payload'
import { startPolling } from './bot/startPolling'
import { commerceOf } from './feature'
import { startDispatcher } from './outbox/startDispatcher'

/** Start-up work of the Telegram side: notifications always, polling when there is no webhook. */
export async function startTelegram(payload: Payload): Promise<void> {
  const { token, webhookUrl, dispatchOutbox } = commerceOf(payload).options.telegram
  if (!token) {
    payload.logger.info(
      'Telegram bot is off (no TELEGRAM_BOT_TOKEN): notifications wait in the outbox',
    )
    return
  }
  if (dispatchOutbox) startDispatcher(payload, token)
  if (!webhookUrl) {
    await startPolling(payload, token).catch((error) =>
      payload.logger.error({ err: error }, 'Telegram bot: could not start polling'),
    )
  }
}
