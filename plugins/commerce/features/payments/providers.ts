import type { Order } from '@payload-types'
import type Stripe from 'stripe'

export type ProviderName = 'stripe' | 'cash' | 'bank_transfer'

/** How money is taken: a link the client pays on, or money already received by staff. */
export type Collected =
  | {
      kind: 'link'
      externalId: string
      url: string
      expiresAt: number
      raw: Record<string, unknown>
    }
  | { kind: 'received'; externalId: string }

export interface RefundRequest {
  order: Order
  /** The payment the money goes back against: its provider id and, for cards, its PaymentIntent. */
  payment: { externalId?: string | null; reference?: string | null }
  amount: number
  reason: string
  /** The same for a repeated request (a double click), so the provider refunds once. */
  requestId: string
}

/**
 * One payment method. Stripe is one adapter, cash and bank transfer another; a local provider
 * (Payme, Click) would be one more.
 */
export interface PaymentProvider {
  name: ProviderName
  collect(
    order: Order,
    input: { attempt: number; amount: number; requestId: string },
  ): Promise<Collected>
  refund(
    request: RefundRequest,
  ): Promise<{ externalId: string; status: 'pending' | 'succeeded' | 'failed' }>
}

const CHECKOUT_LIFETIME_S = 60 * 60

export function stripeProvider(stripe: Stripe, returnUrl: string): PaymentProvider {
  return {
    name: 'stripe',
    async collect(order, { attempt, amount }) {
      const orderId = String(order.id)
      const currency = (order.currency || 'UZS').toLowerCase()
      // The order's lines when all of it is due; the balance as one line when a part was paid.
      const lines =
        amount === order.total
          ? (order.items ?? []).map((item) => ({
              quantity: item.quantity,
              unitAmount: item.unitPrice ?? 0,
              name: item.productName ?? 'Item',
            }))
          : [{ quantity: 1, unitAmount: amount, name: `Balance of order #${order.number}` }]
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          // UZS has two decimals in Stripe as in our books: minor units map one to one.
          line_items: lines.map(({ quantity, unitAmount, name }) => ({
            quantity,
            price_data: { currency, unit_amount: unitAmount, product_data: { name } },
          })),
          metadata: { order: orderId },
          client_reference_id: orderId,
          payment_intent_data: { metadata: { order: orderId } },
          success_url: returnUrl,
          cancel_url: returnUrl,
          expires_at: Math.floor(Date.now() / 1000) + CHECKOUT_LIFETIME_S,
        },
        { idempotencyKey: `checkout:${orderId}:${attempt}` },
      )
      return {
        kind: 'link',
        externalId: session.id,
        url: session.url!,
        expiresAt: session.expires_at * 1000,
        raw: { url: session.url, expires_at: session.expires_at },
      }
    },
    async refund({ payment, amount, reason, requestId }) {
      if (!payment.reference)
        throw new Error('This card payment has no PaymentIntent to refund yet')
      const refund = await stripe.refunds.create(
        { payment_intent: payment.reference, amount, metadata: { reason } },
        { idempotencyKey: `refund:${requestId}` },
      )
      return {
        externalId: refund.id,
        status:
          refund.status === 'succeeded'
            ? 'succeeded'
            : refund.status === 'failed'
              ? 'failed'
              : 'pending',
      }
    },
  }
}

/** Cash or a bank transfer: staff record what they received or gave back. */
export function manualProvider(name: 'cash' | 'bank_transfer'): PaymentProvider {
  return {
    name,
    async collect(_order, { requestId }) {
      return { kind: 'received', externalId: `${name}:${requestId}` }
    },
    async refund({ requestId }) {
      return { externalId: `${name}-refund:${requestId}`, status: 'succeeded' }
    },
  }
}
