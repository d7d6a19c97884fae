import { textsIn } from '@commerce/bot/i18n'
import { clientChat, staffChat, type TopicRenderer } from '@commerce/outbox/rendering'
import { type PickRequest, WAREHOUSE, warehouseApi } from './warehouseClient'

/** A waiting client told that the product is back, in their language. */
const backInStock: TopicRenderer = (row, context) => {
  const { client, name } = row.payload as { client?: number; name?: string }
  const chat = clientChat(context, client)
  if ('skip' in chat) return chat
  if (typeof name !== 'string') return { skip: 'malformed row' }
  return {
    chatId: chat.chatId,
    clientId: chat.clientId,
    text: textsIn(chat.language)('stock-back-in-stock', { product: name }),
  }
}

/** Staff told that the warehouse pull has failed three times in a row (once, not at every failure after). */
const pullFailing: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const { failuresInRow, error } = row.payload as { failuresInRow?: number; error?: string }
  return {
    chatId: chat.chatId,
    text: textsIn(chat.settings.staffLanguage)('stock-pull-failing', {
      count: failuresInRow ?? 3,
      error: error ?? '',
    }),
  }
}

/** The order's pick request, made after commit; a failure is retried, then kept as a dead letter. */
const pick: TopicRenderer = (row, context) => {
  const request = row.payload as unknown as PickRequest
  const api = warehouseApi(context.payload)
  if (!api) return { nothing: 'no warehouse configured (WAREHOUSE_API_URL)' }
  return {
    call: {
      integration: WAREHOUSE,
      name: `pick order ${request.number} at ${request.warehouse}`,
      perform: async () => {
        await api.pick(request)
      },
    },
  }
}

export const stockRenderers: Record<string, TopicRenderer> = {
  'stock.back': backInStock,
  'stock.pull_failing': pullFailing,
  'stock.pick': pick,
}
