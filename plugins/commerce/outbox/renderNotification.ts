import { textsIn } from '@commerce/bot/i18n'
import {
  offersPayment,
  payButton,
  paymentChangedText,
} from '@commerce/features/payments/paymentNotices'
import { loadCardOrder, orderCard } from '@commerce/features/staff/orderCard'
import type { CopyOf } from '@commerce/features/support/inbox'
import { renderSupport } from '@commerce/features/support/renderSupport'
import type { TopicRequest } from '@commerce/features/support/topics'
import type { InlineKeyboardMarkup } from 'grammy/types'
import type { Payload } from 'payload'
import { formatMoney } from '@/domain/money'
import { isOrderStatus } from '@/domain/orderWorkflow'
import { statusChangedText } from '@/domain/statusNotification'
import type { ClaimedRow } from './outboxRows'

export interface OutgoingMessage {
  chatId: number
  /** What to send; a copy (`copy`) carries its own content. */
  text?: string
  replyMarkup?: InlineKeyboardMarkup
  /** The client written to, marked when they turn out to have blocked the bot. */
  clientId?: number
  /** An order's card in the staff chat: edited where it already is, else posted and remembered. */
  card?: { orderId: number; messageId?: number }
  /** Copy this message (any kind: photo, voice…) instead of sending `text`; `remember` which side's copy it is. */
  copy?: { fromChatId: number; messageId: number; remember?: CopyOf; album?: number[] }
  /** Replace the text (or caption) of this message instead of sending a new one. */
  edit?: { messageId: number; caption: boolean }
  /** Into this forum topic. */
  threadId?: number
  /** Into the client's support topic, made first if there is none. */
  topic?: TopicRequest
  /** Where to say so when the client turns out to have blocked the bot. */
  blockedNote?: { groupId: number; threadId: number | null }
}

/** A message to send; a row that cannot be sent (`skip`, parked as dead); or one with nothing to send. */
export type Rendered = OutgoingMessage | { skip: string } | { nothing: string }

/** Topics written to a client about their order. */
const CLIENT_TOPICS = new Set(['order.status_changed', 'payment.changed', 'payment.failed'])

/** Turns outbox rows into messages, reading the clients they go to in one query. */
export async function renderNotifications(
  payload: Payload,
  rows: ClaimedRow[],
): Promise<Map<number, Rendered>> {
  const clientIds = [
    ...new Set(rows.map((row) => Number(row.payload.client)).filter(Number.isSafeInteger)),
  ]
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
  const settings = rows.some(
    (row) => /^(staff|support)\./.test(row.topic) || row.topic === 'order.status_changed',
  )
    ? await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
    : null
  const staffChat = settings?.adminChatId ?? null

  const rendered = new Map<number, Rendered>()
  for (const row of rows) {
    if (row.topic.startsWith('staff.') && !staffChat) {
      rendered.set(row.id, { skip: 'no staff chat in settings (adminChatId)' })
    } else if (row.topic === 'staff.message') {
      const text = row.payload.text
      rendered.set(
        row.id,
        typeof text === 'string' ? { chatId: staffChat!, text } : { skip: 'malformed row' },
      )
    } else if (row.topic === 'staff.order_card') {
      // Rendered now, not when queued: the card shows the order as it stands when it is sent.
      const order = await loadCardOrder(payload, Number(row.payload.order))
      if (!order) {
        rendered.set(row.id, { skip: 'the order no longer exists' })
        continue
      }
      const { text, reply_markup } = orderCard(order, textsIn(settings?.staffLanguage))
      const messageId =
        order.staffCard?.chatId === staffChat
          ? (order.staffCard?.messageId ?? undefined)
          : undefined
      rendered.set(row.id, {
        chatId: staffChat!,
        text,
        replyMarkup: reply_markup,
        card: { orderId: order.id, messageId },
      })
    } else if (row.topic === 'staff.payment_disputed') {
      const { number, amount, reason } = row.payload as {
        number?: number
        amount?: number
        reason?: string
      }
      const t = textsIn(settings?.staffLanguage)
      rendered.set(row.id, {
        chatId: staffChat!,
        text: t('staff-payment-disputed', {
          number: number ?? '?',
          amount: formatMoney(Number(amount) || 0),
          reason: reason ?? '—',
        }),
      })
    } else if (row.topic.startsWith('support.')) {
      rendered.set(row.id, await renderSupport(payload, row, settings))
    } else if (CLIENT_TOPICS.has(row.topic)) {
      const {
        client: clientId,
        order,
        number,
        to,
        total,
        due,
      } = row.payload as {
        client?: number
        order?: number
        number?: number
        to?: string
        total?: number
        due?: number
      }
      const client = clients.get(Number(clientId))
      if (!client) rendered.set(row.id, { skip: 'the client no longer exists' })
      else if (!client.telegramId) rendered.set(row.id, { skip: 'the client has no Telegram chat' })
      else if (client.telegramBlockedAt)
        rendered.set(row.id, { skip: 'the client blocked the bot' })
      else if (typeof number !== 'number') rendered.set(row.id, { skip: 'malformed row' })
      else {
        const recipient = { chatId: client.telegramId, clientId: client.id }
        // A row without its order (written before payments existed) is told without a pay button.
        // The button shows what is left to pay when a part was received (rows since the ledger says it).
        const pay = () =>
          typeof order === 'number'
            ? payButton(client.language, order, Number(due ?? total) || 0)
            : undefined
        if (row.topic === 'order.status_changed') {
          if (!isOrderStatus(to)) rendered.set(row.id, { skip: 'malformed row' })
          else
            rendered.set(row.id, {
              ...recipient,
              text: statusChangedText(client.language, number, to),
              replyMarkup: offersPayment(settings, to) ? pay() : undefined,
            })
        } else if (row.topic === 'payment.failed') {
          rendered.set(row.id, {
            ...recipient,
            text: textsIn(client.language)('payment-failed', { number }),
            replyMarkup: pay(),
          })
        } else {
          const notice = paymentChangedText(client.language, number, String(to))
          if (!notice) rendered.set(row.id, { skip: `nothing to tell the client about "${to}"` })
          else
            rendered.set(row.id, {
              ...recipient,
              text: notice.text,
              replyMarkup: notice.pay ? pay() : undefined,
            })
        }
      }
    } else {
      rendered.set(row.id, { skip: `unknown topic ${row.topic}` })
    }
  }
  return rendered
}
