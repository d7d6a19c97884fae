import { textsIn } from '@commerce/bot/i18n'
import { clientChat, type TopicRenderer } from '@commerce/outbox/rendering'
import { isLanguage } from '@/domain/languages'
import { formatMoney } from '@/domain/money'

/** A notice to the client named in the row, its text from the row's fields. */
const notice =
  (
    text: (row: Record<string, unknown>) => { key: string; vars?: Record<string, string> },
  ): TopicRenderer =>
  (row, context) => {
    const chat = clientChat(context, row.payload.client)
    if ('skip' in chat) return chat
    const { key, vars } = text(row.payload)
    return { chatId: chat.chatId, clientId: chat.clientId, text: textsIn(chat.language)(key, vars) }
  }

/** Auto-recharge that needs the cardholder: the page to confirm the payment on. */
const confirm: TopicRenderer = (row, context) => {
  const chat = clientChat(context, row.payload.client)
  if ('skip' in chat) return chat
  const { url, name, amount, currency } = row.payload as Record<string, string | number>
  if (typeof url !== 'string' || !url) return { skip: 'malformed row' }
  const t = textsIn(chat.language)
  const language = isLanguage(chat.language) ? chat.language : 'ru'
  const price = formatMoney(Number(amount) || 0, String(currency || 'UZS'), language)
  return {
    chatId: chat.chatId,
    clientId: chat.clientId,
    text: t('credits-autorecharge-confirm', { name: String(name), amount: price }),
    replyMarkup: {
      inline_keyboard: [[{ text: t('credits-card-button-pay', { amount: price }), url }]],
    },
  }
}

export const cardRenderers: Record<string, TopicRenderer> = {
  'credits.card_credited': notice((row) => ({
    key: 'credits-card-credited',
    vars: { credits: String(row.credits), balance: String(row.balance) },
  })),
  'credits.autorecharge_confirm': confirm,
  'credits.autorecharge_declined': notice((row) => ({
    key: 'credits-autorecharge-declined',
    vars: { failures: String(row.failures), max: String(row.max) },
  })),
  'credits.autorecharge_off': notice((row) => ({
    key:
      row.reason === 'no_card'
        ? 'credits-autorecharge-off-no-card'
        : row.reason === 'package'
          ? 'credits-autorecharge-off-package'
          : 'credits-autorecharge-off-declined',
  })),
}
