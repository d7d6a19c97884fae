import { fitMessage } from '@commerce/bot/fitMessage'
import { textsIn } from '@commerce/bot/i18n'
import { enqueue } from '@commerce/outbox/enqueue'
import type { Payload } from 'payload'
import type { SuggestContext } from '@/domain/assist/provider'
import { isLanguage } from '@/domain/languages'
import { relationId } from '@/shared/relationId'
import { answerSuggest } from './answers'
import { assistSetup } from './assistSetup'
import { draftIsVisibleToClient } from './masking'

/**
 * What drafts are grounded in, read through the Local API: the client's last messages and staff's
 * answers, their recent orders and payments. All of it is the client's own: what they could see.
 */
export async function suggestContextOf(
  payload: Payload,
  conversationId: number,
): Promise<{ context: SuggestContext; client: number } | null> {
  const conversation = await payload.findByID({
    collection: 'conversations',
    id: conversationId,
    depth: 0,
    joins: false,
    overrideAccess: true,
    disableErrors: true,
  })
  const clientId = relationId(conversation?.client)
  if (!conversation || !clientId) return null
  const [client, messages, orders, payments] = await Promise.all([
    payload.findByID({ collection: 'clients', id: clientId, depth: 0, overrideAccess: true }),
    payload.find({
      collection: 'support-messages',
      where: { conversation: { equals: conversationId }, direction: { in: ['in', 'out'] } },
      sort: '-createdAt',
      limit: 10,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'orders',
      where: { client: { equals: clientId } },
      sort: '-number',
      limit: 5,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'transactions',
      where: { client: { equals: clientId } },
      sort: '-createdAt',
      limit: 5,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const numbers = new Map(orders.docs.map((order) => [order.id, order.number]))
  return {
    client: clientId,
    context: {
      language: isLanguage(client.language) ? client.language : 'ru',
      clientName: client.contactName || client.name,
      messages: messages.docs.reverse().map((message) => ({
        from: message.direction === 'in' ? ('client' as const) : ('staff' as const),
        text: (message.text ?? '').slice(0, 1000),
      })),
      orders: orders.docs.map((order) => ({
        number: order.number ?? 0,
        status: order.status ?? 'new',
        total: order.total ?? 0,
        currency: order.currency ?? 'UZS',
        paymentStatus: order.paymentStatus ?? 'unpaid',
        deliveryDate: order.deliveryDate?.slice(0, 10) ?? null,
      })),
      payments: payments.docs.map((payment) => ({
        orderNumber: numbers.get(relationId(payment.order) ?? -1) ?? null,
        provider: payment.provider,
        amount: payment.amount,
        currency: payment.currency ?? 'UZS',
        status: payment.status ?? 'pending',
      })),
    },
  }
}

/**
 * `/suggest`'s work, after commit: two or three drafts posted into the topic for staff to copy.
 * Nothing goes to the client; a draft holding data the client could not see is dropped.
 */
export async function suggestReplies(
  payload: Payload,
  conversationId: number,
  thread: number,
): Promise<void> {
  const found = await suggestContextOf(payload, conversationId)
  if (!found) return
  const setup = await assistSetup(payload)
  const t = textsIn(setup.staffLanguage)
  const { context, client } = found
  const keep = (draft: string) => draftIsVisibleToClient(draft, context)
  const { value, provider, note, dropped } = await answerSuggest(payload, setup, context, keep)
  const lines = [
    t('assist-suggest-title', {
      provider: provider === 'rules' ? t('assist-provider-rules') : provider,
    }),
    ...(note ? [t('assist-suggest-fallback', { reason: note })] : []),
    ...(dropped ? [t('assist-suggest-guarded', { count: dropped })] : []),
    ...value.map((draft, i) => `\n${i + 1}. ${draft}`),
  ]
  await enqueue(payload, 'assist.drafts', {
    conversation: conversationId,
    client,
    thread,
    text: fitMessage(lines.join('\n')),
    sequence: `assist-drafts:${conversationId}`,
  })
}
