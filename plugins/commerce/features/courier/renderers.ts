import { textsIn } from '@commerce/bot/i18n'
import { clientChat, staffChat, type TopicRenderer } from '@commerce/outbox/rendering'
import { DELIVERY_STATUS_LABELS, isDeliveryStatus } from '@/domain/courier'
import { isLanguage } from '@/domain/languages'
import { isOrderStatus, STATUS_LABELS } from '@/domain/orderWorkflow'
import { relationId } from '@/shared/relationId'
import { courierApi, INTEGRATION } from './courierApi'
import { cancelDelivery, requestDelivery } from './courierCalls'
import { CANCEL_TOPIC, REQUEST_TOPIC } from './dispatchCourier'

/** The client told where to follow the courier, in their language. */
const tracking: TopicRenderer = (row, context) => {
  const { client, number, url } = row.payload as { client?: number; number?: number; url?: string }
  const chat = clientChat(context, client)
  if ('skip' in chat) return chat
  if (typeof number !== 'number' || typeof url !== 'string') return { skip: 'malformed row' }
  return {
    chatId: chat.chatId,
    clientId: chat.clientId,
    text: textsIn(chat.language)('courier-tracking', { number, url }),
  }
}

/** Staff told of a courier report that needs a person: a conflict, a failure, a withdrawal. */
const attention: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const { why, number, reported, orderStatus } = row.payload as Record<string, unknown>
  if (
    typeof number !== 'number' ||
    !isDeliveryStatus(reported) ||
    !isOrderStatus(orderStatus) ||
    !['conflict', 'failed', 'withdrawn'].includes(String(why))
  )
    return { skip: 'malformed row' }
  const language = isLanguage(chat.settings.staffLanguage) ? chat.settings.staffLanguage : 'ru'
  return {
    chatId: chat.chatId,
    text: textsIn(language)(`courier-staff-${why}`, {
      number,
      reported: DELIVERY_STATUS_LABELS[reported][language],
      order: STATUS_LABELS[orderStatus][language],
    }),
  }
}

/** A call to the courier made by the outbox after the order's move was committed. */
const courierCall =
  (name: string, make: typeof requestDelivery): TopicRenderer =>
  (row, context) => {
    const order = relationId(row.payload.order)
    if (order === null) return { skip: 'malformed row' }
    const api = courierApi(context.payload)
    if (!api) return { skip: 'the courier is off: COURIER_API_URL is not set' }
    return {
      call: {
        integration: INTEGRATION,
        name: `${name} (order id ${order})`,
        perform: () => make(context.payload, api, order),
      },
    }
  }

export const courierRenderers: Record<string, TopicRenderer> = {
  'courier.tracking': tracking,
  'courier.attention': attention,
  [REQUEST_TOPIC]: courierCall('request delivery', requestDelivery),
  [CANCEL_TOPIC]: courierCall('cancel delivery', cancelDelivery),
}
