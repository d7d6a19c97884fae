import { textsIn } from '@commerce/bot/i18n'
import { payKeyboard } from '@commerce/bot/payButton'
import {
  type ClientOrderRow,
  clientChat,
  staffChat,
  type TopicRenderer,
} from '@commerce/outbox/rendering'
import { formatMoney } from '@/domain/money'

/** The texts for a new payment status, and whether the notice offers to pay what is left. */
const NOTICES: Record<string, { key: string; pay: boolean }> = {
  paid: { key: 'payment-received', pay: false },
  partially_refunded: { key: 'payment-partially_refunded', pay: false },
  refunded: { key: 'payment-refunded', pay: false },
  partially_paid: { key: 'payment-partially_paid', pay: true },
  unpaid: { key: 'payment-not-completed', pay: true },
}

/** The client told that an order's payment status changed (or that a card attempt failed). */
const paymentNotice =
  (failed: boolean): TopicRenderer =>
  (row, context) => {
    const { client, order, number, to, total, due } = row.payload as ClientOrderRow
    const chat = clientChat(context, client)
    if ('skip' in chat) return chat
    if (typeof number !== 'number') return { skip: 'malformed row' }
    const notice = failed ? { key: 'payment-failed', pay: true } : NOTICES[String(to)]
    if (!notice) return { skip: `nothing to tell the client about "${to}"` }
    const t = textsIn(chat.language)
    // A row without its order (written before payments existed) is told without a pay button.
    const pay = notice.pay && typeof order === 'number'
    return {
      chatId: chat.chatId,
      clientId: chat.clientId,
      text: t(notice.key, { number }),
      replyMarkup: pay ? payKeyboard(t, order, Number(due ?? total) || 0) : undefined,
    }
  }

/** A dispute opened in Stripe: the staff chat hears of it at once. */
const disputed: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const { number, amount, reason } = row.payload as {
    number?: number
    amount?: number
    reason?: string
  }
  return {
    chatId: chat.chatId,
    text: textsIn(chat.settings.staffLanguage)('staff-payment-disputed', {
      number: number ?? '?',
      amount: formatMoney(Number(amount) || 0),
      reason: reason ?? '—',
    }),
  }
}

/** A card payment completed for an order already settled another way: staff return the extra. */
const paidLate: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const { number } = row.payload as { number?: number }
  return {
    chatId: chat.chatId,
    text: textsIn(chat.settings.staffLanguage)('staff-card-paid-late', { number: number ?? '?' }),
  }
}

/** The night's differences between Payme's and Click's records and our books, for the staff. */
const reconciliation: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const { count, lines } = row.payload as { count?: number; lines?: string[] }
  return {
    chatId: chat.chatId,
    text: textsIn(chat.settings.staffLanguage)('staff-payment-reconciliation', {
      count: Number(count) || 0,
      lines: (lines ?? []).join('\n'),
    }),
  }
}

export const paymentRenderers: Record<string, TopicRenderer> = {
  'staff.payment_reconciliation': reconciliation,
  'payment.changed': paymentNotice(false),
  'payment.failed': paymentNotice(true),
  'staff.payment_disputed': disputed,
  'staff.card_paid_late': paidLate,
}
