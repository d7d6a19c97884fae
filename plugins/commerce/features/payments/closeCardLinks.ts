import type { OutboxAnnouncer } from '@commerce/outbox/announce'
import type { TopicRenderer } from '@commerce/outbox/rendering'
import type { Order, Transaction } from '@payload-types'
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { relationId } from '@/shared/relationId'
import { recordTransaction, settleOrder, transactionsOf } from './ledger'
import { stripeClient } from './stripeClient'

const TOPIC = 'stripe.close-links'

/**
 * Closes the card links given for an order that are still open, so none can be paid any more,
 * and books each as failed. A link being paid right now is left to its webhook and said.
 */
export async function closeCardLinks(
  payload: Payload,
  stripe: Stripe,
  links: Transaction[],
): Promise<{ completing: boolean }> {
  let completing = false
  for (const link of links.filter((t) => t.status === 'pending' && t.externalId)) {
    const session = await stripe.checkout.sessions.retrieve(link.externalId!)
    if (session.status === 'complete') {
      completing = true
      continue
    }
    if (session.status === 'open') await stripe.checkout.sessions.expire(session.id)
    await recordTransaction(payload, {
      order: relationId(link.order)!,
      client: relationId(link.client)!,
      provider: 'stripe',
      kind: 'payment',
      status: 'failed',
      amount: link.amount,
      externalId: link.externalId,
    })
  }
  return { completing }
}

const settled = (order: Partial<Order> | undefined) =>
  order?.status === 'cancelled' || order?.paymentStatus === 'paid'

/**
 * An order paid in full another way (Payme, Click, cash) or cancelled keeps no open card link:
 * the client could pay it twice. Closing them is a call to Stripe after commit, through the outbox.
 */
export const cardLinksCloser: OutboxAnnouncer<Order> = {
  collection: 'orders',
  messages: ({ doc, previousDoc, operation }) =>
    operation === 'update' && settled(doc) && !settled(previousDoc)
      ? [{ topic: TOPIC, body: { order: doc.id } }]
      : [],
}

const closeLinksOf = async (payload: Payload, stripe: Stripe, orderId: number) => {
  const links = (await transactionsOf(payload, orderId)).filter(
    (t) => t.provider === 'stripe' && t.kind === 'payment',
  )
  if (!links.some((t) => t.status === 'pending')) return
  const { completing } = await closeCardLinks(payload, stripe, links)
  await settleOrder(payload, orderId)
  // Its webhook books it; the order then shows more paid than owed, for staff to refund.
  if (completing)
    payload.logger.warn(
      `stripe: a card payment for order ${orderId} completes after it was settled`,
    )
}

export const closeCardLinksRenderers: Record<string, TopicRenderer> = {
  [TOPIC]: (row, context) => {
    const order = relationId(row.payload.order)
    if (order === null) return { skip: 'malformed row' }
    const stripe = stripeClient(context.payload)
    if (!stripe) return { nothing: 'card payments are off' }
    return {
      call: {
        integration: 'stripe',
        name: `close card links (order id ${order})`,
        perform: () => closeLinksOf(context.payload, stripe, order),
      },
    }
  },
}
