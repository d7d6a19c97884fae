import { Api } from 'grammy'
import type { Payload } from 'payload'
import { setShopMenuButton } from './bot/shopMenuButton'
import { startPolling } from './bot/startPolling'
import { commerceOf } from './feature'
import { startDispatcher } from './outbox/startDispatcher'

/** Start-up work of the Telegram side: notifications always, polling when there is no webhook. */
export async function startTelegram(payload: Payload): Promise<void> {
  const { options } = commerceOf(payload)
  const { token, webhookUrl, dispatchOutbox, apiRoot } = options.telegram
  if (!token) {
    payload.logger.info(
      'Telegram bot is off (no TELEGRAM_BOT_TOKEN): notifications wait in the outbox',
    )
    return
  }
  if (dispatchOutbox) startDispatcher(payload, token)
  // The menu button opens the Mini App shop; it never holds up the start.
  void setShopMenuButton(new Api(token, { apiRoot }), options.publicUrl, payload.logger)
  if (!webhookUrl) {
    await startPolling(payload, token).catch((error) =>
      payload.logger.error({ err: error }, 'Telegram bot: could not start polling'),
    )
  }
}
