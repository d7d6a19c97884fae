import type { InlineKeyboardMarkup } from 'grammy/types'
import type { Payload } from 'payload'

import type { ClaimedRow } from './outboxRows'

import { isOrderStatus } from '../../../src/domain/orderWorkflow'
import { statusChangedText } from '../../../src/domain/statusNotification'
import { textsIn } from '../bot/i18n'
import { loadCardOrder, orderCard } from '../bot/staff/orderCard'

export interface OutgoingMessage {
  chatId: number
  text: string
  replyMarkup?: InlineKeyboardMarkup
  /** The client written to, marked when they turn out to have blocked the bot. */
  clientId?: number
  /** An order's card in the staff chat: edited where it already is, else posted and remembered. */
  card?: { orderId: number; messageId?: number }
}

export type Rendered = OutgoingMessage | { skip: string }

/** Turns outbox rows into messages, reading the clients they go to in one query. */
export async function renderNotifications(payload: Payload, rows: ClaimedRow[]): Promise<Map<number, Rendered>> {
  const clientIds = [...new Set(rows.map((row) => Number(row.payload.client)).filter(Number.isSafeInteger))]
  const { docs } = clientIds.length
    ? await payload.find({
        collection: 'clients',
        where: { id: { in: clientIds } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { telegramId: true, language: true, telegramBlockedAt: true },
      })
    : { docs: [] }
  const clients = new Map(docs.map((client) => [client.id, client]))
  const settings = rows.some((row) => row.topic.startsWith('staff.'))
    ? await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
    : null
  const staffChat = settings?.adminChatId ?? null

  const rendered = new Map<number, Rendered>()
  for (const row of rows) {
    if (row.topic.startsWith('staff.') && !staffChat) {
      rendered.set(row.id, { skip: 'no staff chat in settings (adminChatId)' })
    } else if (row.topic === 'staff.message') {
      const text = row.payload.text
      rendered.set(row.id, typeof text === 'string' ? { chatId: staffChat!, text } : { skip: 'malformed row' })
    } else if (row.topic === 'staff.order_card') {
      // Rendered now, not when queued: the card shows the order as it stands when it is sent.
      const order = await loadCardOrder(payload, Number(row.payload.order))
      if (!order) {
        rendered.set(row.id, { skip: 'the order no longer exists' })
        continue
      }
      const { text, reply_markup } = orderCard(order, textsIn(settings?.staffLanguage))
      const messageId = order.staffCard?.chatId === staffChat ? (order.staffCard?.messageId ?? undefined) : undefined
      rendered.set(row.id, { chatId: staffChat!, text, replyMarkup: reply_markup, card: { orderId: order.id, messageId } })
    } else if (row.topic === 'order.status_changed') {
      const { client: clientId, number, to } = row.payload as { client?: number; number?: number; to?: string }
      const client = clients.get(Number(clientId))
      if (!client) rendered.set(row.id, { skip: 'the client no longer exists' })
      else if (!client.telegramId) rendered.set(row.id, { skip: 'the client has no Telegram chat' })
      else if (client.telegramBlockedAt) rendered.set(row.id, { skip: 'the client blocked the bot' })
      else if (!isOrderStatus(to) || typeof number !== 'number') rendered.set(row.id, { skip: 'malformed row' })
      else rendered.set(row.id, { chatId: client.telegramId, clientId: client.id, text: statusChangedText(client.language, number, to) })
    } else {
      rendered.set(row.id, { skip: `unknown topic ${row.topic}` })
    }
  }
  return rendered
}
