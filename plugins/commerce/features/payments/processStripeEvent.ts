import { applyCardCreditsEvent, isCardCreditsEvent } from '@commerce/cardCredits'
import { enqueue } from '@commerce/outbox/enqueue'
import type { Order } from '@payload-types'
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { clientOf, recordTransaction, settleOrder } from './ledger'

export type EventOutcome = { status: 'processed' } | { status: 'flagged'; reason: string }

type RefundStatus = 'pending' | 'succeeded' | 'failed'
const refundStatus = (status: string | null): RefundStatus =>
  status === 'succeeded'
    ? 'succeeded'
    : status === 'failed' || status === 'canceled'
      ? 'failed'
      : 'pending'

/**
 * Applies one Stripe event to the books. Each effect is keyed on Stripe's own ids (the Checkout
 * Session for a payment, the refund id for a refund), so processing an event twice, or events out
 * of order, ends in the same state. Where an event may be stale the object is read again.
 */
export async function processStripeEvent(
  payload: Payload,
  stripe: Stripe,
  event: Stripe.Event,
): Promise<EventOutcome> {
  // Credits bought by card are no order's: the feature that keeps credits applies them.
  if (isCardCreditsEvent(event)) return applyCardCreditsEvent(payload, stripe, event)
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object
      // Completed with a delayed method (bank debit): the money comes with async_payment_succeeded.
      if (session.payment_status !== 'paid') return { status: 'processed' }
      return onSession(payload, session, 'succeeded')
    }
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired':
      return onSession(payload, event.data.object, 'failed')
    case 'payment_intent.payment_failed': {
      const order = await findOrder(payload, event.data.object.metadata?.order)
      if (!order) return flag('no order of ours in the PaymentIntent metadata')
      await enqueue(payload, 'payment.failed', {
        order: order.id,
        number: order.number,
        client: clientOf(order),
        total: order.total,
        sequence: `client:${clientOf(order)}`,
      })
      return { status: 'processed' }
    }
    case 'charge.refunded': {
      const charge = event.data.object
      const order = await orderOfPaymentIntent(payload, stripe, charge.payment_intent)
      if (!order) return flag('no order of ours behind this charge')
      // The event's copy of the refunds may be partial or stale: the list is read from Stripe.
      const refunds = await stripe.refunds.list({ charge: charge.id, limit: 100 })
      for (const refund of refunds.data) await mirrorRefund(payload, order, refund)
      await settleOrder(payload, order.id)
      return { status: 'processed' }
    }
    case 'refund.created':
    case 'refund.updated': {
      const refund = event.data.object
      const order = await orderOfPaymentIntent(payload, stripe, refund.payment_intent)
      if (!order) return flag('no order of ours behind this refund')
      await mirrorRefund(payload, order, await stripe.refunds.retrieve(refund.id))
      await settleOrder(payload, order.id)
      return { status: 'processed' }
    }
    case 'charge.dispute.created': {
      const dispute = event.data.object
      const order = await orderOfPaymentIntent(payload, stripe, dispute.payment_intent)
      if (!order) return flag('no order of ours behind this dispute')
      const { docs } = await payload.find({
        collection: 'transactions',
        where: {
          order: { equals: order.id },
          provider: { equals: 'stripe' },
          kind: { equals: 'payment' },
          status: { equals: 'succeeded' },
        },
        depth: 0,
        overrideAccess: true,
      })
      for (const payment of docs)
        await payload.update({
          collection: 'transactions',
          id: payment.id,
          data: { status: 'disputed' },
          overrideAccess: true,
        })
      await settleOrder(payload, order.id)
      await enqueue(payload, 'staff.payment_disputed', {
        order: order.id,
        number: order.number,
        amount: dispute.amount,
        reason: dispute.reason,
      })
      return { status: 'processed' }
    }
    default:
      return { status: 'processed' }
  }
}

async function onSession(
  payload: Payload,
  session: Stripe.Checkout.Session,
  status: 'succeeded' | 'failed',
): Promise<EventOutcome> {
  const order = await findOrder(payload, session.metadata?.order ?? session.client_reference_id)
  if (!order) return flag('no order of ours in the Checkout Session')
  await recordTransaction(payload, {
    order: order.id,
    client: clientOf(order),
    provider: 'stripe',
    kind: 'payment',
    status,
    amount: session.amount_total ?? order.total ?? 0,
    externalId: session.id,
    reference:
      typeof session.payment_intent === 'string'
        ? session.payment_intent
        : (session.payment_intent?.id ?? null),
  })
  // Settling tells the client: paid is a receipt, back to unpaid offers a new link.
  await settleOrder(payload, order.id)
  return { status: 'processed' }
}

async function mirrorRefund(payload: Payload, order: Order, refund: Stripe.Refund) {
  await recordTransaction(payload, {
    order: order.id,
    client: clientOf(order),
    provider: 'stripe',
    kind: 'refund',
    status: refundStatus(refund.status),
    amount: refund.amount,
    externalId: refund.id,
    reference:
      typeof refund.payment_intent === 'string'
        ? refund.payment_intent
        : (refund.payment_intent?.id ?? null),
    note:
      refund.reason ??
      (typeof refund.metadata?.reason === 'string' ? refund.metadata.reason : null),
  })
}

async function findOrder(payload: Payload, id: string | null | undefined) {
  if (!id || !/^\d{1,9}$/.test(id)) return null
  return payload.findByID({
    collection: 'orders',
    id: Number(id),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
}

/** Our order behind a PaymentIntent: from the payment we recorded, else from Stripe's metadata. */
async function orderOfPaymentIntent(
  payload: Payload,
  stripe: Stripe,
  intent: string | Stripe.PaymentIntent | null,
) {
  if (!intent) return null
  const id = typeof intent === 'string' ? intent : intent.id
  const { docs } = await payload.find({
    collection: 'transactions',
    where: { provider: { equals: 'stripe' }, reference: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (docs[0]?.order)
    return findOrder(
      payload,
      String(typeof docs[0].order === 'object' ? docs[0].order.id : docs[0].order),
    )
  // Seen before the payment itself (events arrive in any order): ask Stripe whose it is.
  return findOrder(payload, (await stripe.paymentIntents.retrieve(id)).metadata?.order)
}

const flag = (reason: string): EventOutcome => ({ status: 'flagged', reason })
