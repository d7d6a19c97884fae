import type { Translate } from '@commerce/bot/i18n'
import { orderLineText } from '@commerce/bot/orderLine'
import type { Order } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { InlineKeyboard } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import type { Payload } from 'payload'
import { formatMoney } from '@/domain/money'
import { allowedNextStatuses } from '@/domain/orderWorkflow'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { moveButtons } from './buttons'

export type CardOrder = Order & { client: number | { id: number; name?: string | null } }

/** An order as staff see it in Telegram, with one button per move its workflow allows them. */
export function orderCard(
  order: CardOrder,
  t: Translate,
): { text: string; reply_markup: InlineKeyboardMarkup } {
  const status = order.status ?? 'new'
  const client =
    typeof order.client === 'object'
      ? (order.client.name ?? `#${order.client.id}`)
      : `#${order.client}`
  const text = [
    t('card-title', { number: order.number ?? '?', status: t(`status-${status}`) }),
    t('card-client', { client }),
    t('card-when', {
      fulfillment: t(`button-${order.fulfillment}`),
      date: order.deliveryDate.slice(0, 10),
    }),
    ...(order.items ?? []).map((item) =>
      orderLineText(t, {
        name: item.productName,
        quantity: item.quantity,
        total: item.lineTotal ?? 0,
      }),
    ),
    t('order-summary-total', { total: formatMoney(order.total ?? 0) }),
    ...(order.fulfillment === 'delivery' && order.deliveryAddress
      ? [t('order-summary-address', { address: order.deliveryAddress })]
      : []),
    ...(order.comment ? [t('order-summary-comment', { comment: order.comment })] : []),
  ].join('\n')
  const keyboard = new InlineKeyboard()
  for (const to of allowedNextStatuses({ status, fulfillment: order.fulfillment }, 'staff')) {
    keyboard.text(
      `${to === 'cancelled' ? '✖' : '→'} ${t(`status-${to}`)}`,
      moveButtons.data({ order: order.id, shown: status, to }),
    )
  }
  return { text, reply_markup: keyboard }
}

/** The card as arguments of `reply` or `editMessageText`. */
export function cardMessage(
  order: CardOrder,
  t: Translate,
): [string, { reply_markup: InlineKeyboardMarkup }] {
  const { text, reply_markup } = orderCard(order, t)
  return [text, { reply_markup }]
}

/** The order with its client's name, as the card needs it; null when it no longer exists. */
export async function loadCardOrder(payload: Payload, id: number): Promise<CardOrder | null> {
  return (await payload
    .findByID({
      collection: 'orders',
      id,
      depth: 1,
      populate: { clients: { name: true } },
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)) as CardOrder | null
}

/** Remembers where the card was posted; plain SQL so that no order hook runs for it. */
export async function rememberCard(
  payload: Payload,
  orderId: number,
  chatId: number,
  messageId: number,
): Promise<void> {
  await sqlDatabase(payload).execute(
    sql`update orders set staff_card_chat_id = ${chatId}, staff_card_message_id = ${messageId} where id = ${orderId}`,
  )
}
