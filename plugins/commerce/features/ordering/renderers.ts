import { textsIn } from '@commerce/bot/i18n'
import { payKeyboard } from '@commerce/bot/payButton'
import { commerceOf } from '@commerce/feature'
import { cardPaymentsOn } from '@commerce/options'
import { type ClientOrderRow, clientChat, type TopicRenderer } from '@commerce/outbox/rendering'
import { isOrderStatus } from '@/domain/orderWorkflow'
import { offersPaymentAt } from '@/domain/payments'

/** The client told that their order moved, with a pay button when this is the moment to pay. */
const statusChanged: TopicRenderer = async (row, context) => {
  const { client, order, number, to, total, due } = row.payload as ClientOrderRow
  const chat = clientChat(context, client)
  if ('skip' in chat) return chat
  if (typeof number !== 'number' || !isOrderStatus(to)) return { skip: 'malformed row' }
  const t = textsIn(chat.language)
  const cardsOn = cardPaymentsOn(commerceOf(context.payload).options)
  const pay =
    cardsOn &&
    typeof order === 'number' &&
    offersPaymentAt((await context.settings()).onlinePayment, to)
  return {
    chatId: chat.chatId,
    clientId: chat.clientId,
    text: t(`notice-status-${to}`, { number }),
    replyMarkup: pay ? payKeyboard(t, order, Number(due ?? total) || 0) : undefined,
  }
}

export const orderingRenderers: Record<string, TopicRenderer> = {
  'order.status_changed': statusChanged,
}
