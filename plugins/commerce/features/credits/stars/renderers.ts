import { type Translate, textsIn } from '@commerce/bot/i18n'
import { clientChat, staffChat, type TopicRenderer } from '@commerce/outbox/rendering'

/**
 * A Stars payment that gave nothing (no offer matched, the price changed, the client had it, or it
 * could not be recorded): the staff chat hears at once.
 */
const unmatched: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const { client, transaction, charge, stars, problem, invoicePayload, error } = row.payload as {
    client?: number
    transaction?: number
    charge?: string
    stars?: number
    problem?: string
    invoicePayload?: string
    error?: string
  }
  const t = textsIn(chat.settings.staffLanguage)
  const who = context.client(client)
  const name = who?.telegramId ? `#${client} (Telegram ${who.telegramId})` : `#${client ?? '?'}`
  return {
    chatId: chat.chatId,
    text: t('stars-staff-unmatched', {
      stars: stars ?? '?',
      client: name,
      reason: reasonOf(t, problem, String(invoicePayload ?? '').slice(0, 64), error),
      transaction: transaction ?? '?',
      charge: charge ?? '?',
    }),
  }
}

/** Why the payment gave nothing, in the staff's words. */
function reasonOf(
  t: Translate,
  problem: string | undefined,
  payload: string,
  error: string | undefined,
) {
  if (problem === 'owned') return t('stars-staff-reason-owned')
  if (problem === 'price_changed') return t('stars-staff-reason-price', { payload })
  if (problem === 'failed') return t('stars-staff-reason-failed', { error: String(error ?? '?') })
  return t('stars-staff-reason-unknown', { payload })
}

/** The client told that staff refunded a Stars purchase. */
const refunded: TopicRenderer = (row, context) => {
  const { client, stars } = row.payload as { client?: number; stars?: number }
  const chat = clientChat(context, client)
  if ('skip' in chat) return chat
  return {
    chatId: chat.chatId,
    clientId: chat.clientId,
    text: textsIn(chat.language)('stars-refunded', { stars: stars ?? '?' }),
  }
}

export const starsRenderers: Record<string, TopicRenderer> = {
  'credits.stars_unmatched': unmatched,
  'credits.stars_refunded': refunded,
}
