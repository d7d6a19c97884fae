import type { OutboxAnnouncer } from '@commerce/outbox/announce'
import { enqueue } from '@commerce/outbox/enqueue'
import type { TopicRenderer } from '@commerce/outbox/rendering'
import type { Order, Transaction } from '@payload-types'
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { cardLinkFits, owesLessThanBefore } from '@/domain/payments'
import { relationId } from '@/shared/relationId'
import { recordTransaction, settleOrder, transactionsOf } from './ledger'
import { stripeClient } from './stripeClient'

const TOPIC = 'stripe.close-links'

/**
 * Closes the given card links that are still open, so none can be paid any more, and books each
 * as failed. A link being paid right now is left to its webhook, and said.
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

/**
 * An order that owes less than before (paid another way, cancelled, its total lowered) keeps no
 * card link asking for more: the client could pay twice. Closing them is a call to Stripe after
 * commit, through the outbox.
 */
export const cardLinksCloser: OutboxAnnouncer<Order> = {
  collection: 'orders',
  messages: ({ doc, previousDoc, operation }) =>
    operation === 'update' && owesLessThanBefore(previousDoc, doc)
      ? [{ topic: TOPIC, body: { order: doc.id } }]
      : [],
}

/** The order's open card links that no longer ask for what it owes, closed; staff told of a late one. */
async function closeStaleLinks(payload: Payload, stripe: Stripe, orderId: number) {
  const order = await payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!order) return
  const stale = (await transactionsOf(payload, orderId)).filter(
    (t) =>
      t.provider === 'stripe' &&
      t.kind === 'payment' &&
      t.status === 'pending' &&
      !cardLinkFits(t.amount, order),
  )
  if (stale.length === 0) return
  const { completing } = await closeCardLinks(payload, stripe, stale)
  await settleOrder(payload, orderId)
  // Its webhook books the payment: the order then holds more than it owes, for staff to return.
  if (completing)
    await enqueue(payload, 'staff.card_paid_late', { order: orderId, number: order.number })
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
        perform: () => closeStaleLinks(context.payload, stripe, order),
      },
    }
  },
}
