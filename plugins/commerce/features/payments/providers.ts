import type { Order } from '@payload-types'
import type Stripe from 'stripe'
import { clickCheckoutUrl } from '@/domain/click'
import { paymeCheckoutUrl } from '@/domain/payme'
import { PaymentRefused } from './paymentRefused'

export type ProviderName = 'stripe' | 'payme' | 'click' | 'cash' | 'bank_transfer'

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
  /**
   * A page of a provider that calls us back (Payme, Click): nothing is recorded when the link is
   * made; the provider's own calls record the payment when the client pays.
   */
  | { kind: 'callback'; url: string }

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
 * One payment method. Stripe, Payme and Click take money online (`collect` gives the client a
 * link); cash and bank transfer are money staff received (`collect` records it). Payme and Click
 * report payments by calling our endpoints (payme/, click/), which record them through the same
 * ledger as Stripe's webhook, so an order's payment status is derived alike whoever took the money.
 *
 * Telegram Stars fit the same shape (`collect` = an invoice link in XTR, refund =
 * `refundStarPayment`) and the credits feature sells with them, but only digital goods: by
 * Telegram's rules physical goods are never paid in Stars, so Stars are not offered for orders.
 */
export interface PaymentProvider {
  name: ProviderName
  /** Whether the client pays on a link (online), or staff record money they received. */
  channel: 'online' | 'staff'
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
    channel: 'online',
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
    channel: 'staff',
    async collect(_order, { requestId }) {
      return { kind: 'received', externalId: `${name}:${requestId}` }
    },
    async refund({ requestId }) {
      return { externalId: `${name}-refund:${requestId}`, status: 'succeeded' }
    },
  }
}

/** Money goes back through Payme or Click from their side (a cancel in their cabinet), not from ours. */
const refundFromTheirSide = (name: string) => async () => {
  throw new PaymentRefused(
    {
      ru: `Возврат через ${name} делается в кабинете ${name}: он сам сообщит нам об отмене`,
      uz: `${name} orqali qaytarish ${name} kabinetida qilinadi: u bekor qilishni o'zi bizga xabar qiladi`,
      en: `A ${name} refund is made in the ${name} merchant cabinet: ${name} then tells us of the cancel`,
    },
    409,
  )
}

/** Payme: its checkout page for what is owed; Payme then calls `/api/payments/payme`. */
export function paymeProvider(options: {
  merchantId: string
  checkoutUrl: string
}): PaymentProvider {
  return {
    name: 'payme',
    channel: 'online',
    async collect(order, { amount }) {
      return {
        kind: 'callback',
        url: paymeCheckoutUrl(options.merchantId, order.number ?? 0, amount, options.checkoutUrl),
      }
    },
    refund: refundFromTheirSide('Payme'),
  }
}

/** Click: its payment page for what is owed; Click then calls `/api/payments/click/*`. */
export function clickProvider(options: { serviceId: string; merchantId: string }): PaymentProvider {
  return {
    name: 'click',
    channel: 'online',
    async collect(order, { amount }) {
      return {
        kind: 'callback',
        url: clickCheckoutUrl(options.serviceId, options.merchantId, order.number ?? 0, amount),
      }
    },
    refund: refundFromTheirSide('Click'),
  }
}
