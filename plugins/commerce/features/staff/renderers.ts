import { textsIn } from '@commerce/bot/i18n'
import { type RenderContext, staffChat, type TopicRenderer } from '@commerce/outbox/rendering'
import { loadCardOrder, orderCard, rememberCard } from './orderCard'

/** A plain text for the staff chat (a client waiting for approval). */
const staffMessage: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const text = row.payload.text
  return typeof text === 'string' ? { chatId: chat.chatId, text } : { skip: 'malformed row' }
}

/**
 * An order's card, rendered when it is sent rather than when queued, so it shows the order as it
 * stands: edited where it already is, else posted and remembered.
 */
const orderCardMessage: TopicRenderer = async (row, context: RenderContext) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const order = await loadCardOrder(context.payload, Number(row.payload.order))
  if (!order) return { skip: 'the order no longer exists' }
  const { text, reply_markup } = orderCard(order, textsIn(chat.settings.staffLanguage))
  const onTheCard = order.staffCard?.chatId === chat.chatId
  return {
    chatId: chat.chatId,
    text,
    replyMarkup: reply_markup,
    replaces: onTheCard ? (order.staffCard?.messageId ?? undefined) : undefined,
    onSent: ([messageId]) => rememberCard(context.payload, order.id, chat.chatId, messageId),
  }
}

export const staffRenderers: Record<string, TopicRenderer> = {
  'staff.message': staffMessage,
  'staff.order_card': orderCardMessage,
}
