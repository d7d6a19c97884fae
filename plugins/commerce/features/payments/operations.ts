import type { Order, Transaction } from '@payload-types'
import type { Payload, PayloadRequest } from 'payload'
import Stripe from 'stripe'

import type { Translated } from '@/domain/languages'
import {
  amountDue,
  checkRefund,
  leftToPay,
  refundableOfPayment,
  refundReferenceOf,
  type TracedMovement,
} from '@/domain/payments'
import { inTransaction } from '@/shared/db/inTransaction'
import { closeCardLinks } from './closeCardLinks'
import { clientOf, lockOrder, recordTransaction, settleOrder, transactionsOf } from './ledger'
import { callbackProvider, onlineProviders } from './onlineProviders'
import { PaymentRefused } from './paymentRefused'
import type { OnlineProvider } from './providerSettings'
import { manualProvider, type PaymentProvider, stripeProvider } from './providers'
import { stripeClient, stripeReturnUrl } from './stripeClient'

const CARDS_OFF: Translated = {
  ru: 'Оплата картой выключена',
  uz: "Karta orqali to'lov o'chirilgan",
  en: 'Card payments are off',
}
const CANCELLED: Translated = {
  ru: 'Этот заказ отменён',
  uz: 'Bu buyurtma bekor qilingan',
  en: 'This order is cancelled',
}
const ALREADY_PAID: Translated = {
  ru: 'Этот заказ уже оплачен',
  uz: "Bu buyurtma allaqachon to'langan",
  en: 'This order is already paid',
}

const movements = (transactions: Transaction[]): TracedMovement[] =>
  transactions.map((t) => ({
    kind: t.kind,
    status: t.status ?? 'pending',
    amount: t.amount,
    provider: t.provider,
    reference: t.reference,
    externalId: t.externalId,
  }))

/**
 * A card payment link for the order: the open one if it has a while to live, else a new Checkout
 * Session recorded as a pending payment. Stripe errors reach the caller, which asks to try again.
 */
export async function offerCheckout(
  payload: Payload,
  order: Order,
): Promise<{ url: string; amount: number }> {
  const stripe = stripeClient(payload)
  if (!stripe) throw new PaymentRefused(CARDS_OFF, 503)
  if (order.status === 'cancelled') throw new PaymentRefused(CANCELLED)
  if (leftToPay(order) === 0) throw new PaymentRefused(ALREADY_PAID)
  const transactions = await transactionsOf(payload, order.id)
  const due = amountDue(order.total ?? 0, movements(transactions))
  if (due === 0) throw new PaymentRefused(ALREADY_PAID)
  const stripePayments = transactions.filter((t) => t.provider === 'stripe' && t.kind === 'payment')
  // An open link is given again only for what is due now (a part may have been paid since).
  const open = stripePayments.find(
    (t) =>
      t.status === 'pending' &&
      t.amount === due &&
      Number((t.raw as { expires_at?: number } | null)?.expires_at) * 1000 > Date.now() + 60_000,
  )
  if (open) return { url: String((open.raw as { url: string }).url), amount: due }
  // An older link (for another amount, made before a part was paid) is closed first, or the
  // client could pay both. One being paid right now is left to its webhook.
  if ((await closeCardLinks(payload, stripe, stripePayments)).completing)
    throw new PaymentRefused({
      ru: 'Оплата этого заказа картой как раз завершается',
      uz: "Bu buyurtma uchun karta orqali to'lov hozir yakunlanmoqda",
      en: 'A card payment for this order is being completed',
    })
  const collected = await stripeProvider(stripe, stripeReturnUrl(payload)).collect(order, {
    attempt: stripePayments.length,
    amount: due,
    requestId: `${order.id}`,
  })
  if (collected.kind !== 'link') throw new Error('stripe: expected a payment link')
  await recordTransaction(payload, {
    order: order.id,
    client: clientOf(order),
    provider: 'stripe',
    kind: 'payment',
    status: 'pending',
    amount: due,
    externalId: collected.externalId,
    raw: collected.raw,
  })
  await settleOrder(payload, order.id)
  return { url: collected.url, amount: due }
}

/**
 * A link to pay what is owed through `provider`, or through the first the client may use when it
 * names none. Stripe's is recorded as a pending payment; Payme's and Click's are their pages,
 * recorded when they call us.
 */
export async function offerPayment(
  payload: Payload,
  order: Order,
  provider?: string,
): Promise<{ url: string; amount: number; provider: OnlineProvider }> {
  const available = await onlineProviders(payload)
  const name = (provider ?? available[0]) as OnlineProvider | undefined
  if (!name) throw new PaymentRefused(CARDS_OFF, 503)
  if (!available.includes(name))
    throw new PaymentRefused(
      {
        ru: 'Этот способ оплаты сейчас недоступен',
        uz: "Bu to'lov usuli hozir mavjud emas",
        en: 'This payment method is not available now',
      },
      503,
    )
  if (name === 'stripe') return { ...(await offerCheckout(payload, order)), provider: name }
  if (order.status === 'cancelled') throw new PaymentRefused(CANCELLED)
  const due = leftToPay(order)
  if (due === 0) throw new PaymentRefused(ALREADY_PAID)
  const collected = await callbackProvider(payload, name).collect(order, {
    attempt: 0,
    amount: due,
    requestId: String(order.id),
  })
  if (collected.kind !== 'callback') throw new Error(`${name}: expected a payment page`)
  return { url: collected.url, amount: due, provider: name }
}

/** Runs `work` in one transaction with the order row locked: one money operation per order at a time. */
async function withOrderLocked<T>(
  req: PayloadRequest,
  orderId: number,
  work: (order: Order) => Promise<T>,
): Promise<T> {
  return inTransaction(req, async () => {
    await lockOrder(req, orderId)
    const order = await req.payload.findByID({
      collection: 'orders',
      id: orderId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!order)
      throw new PaymentRefused(
        {
          ru: `Заказа ${orderId} нет`,
          uz: `${orderId} buyurtmasi yo'q`,
          en: `There is no order ${orderId}`,
        },
        404,
        'order',
      )
    return work(order)
  })
}

/** Money received in cash or by bank transfer, recorded by the staff member who received it. */
export async function recordManualPayment(
  req: PayloadRequest,
  input: {
    orderId: number
    provider: 'cash' | 'bank_transfer'
    amount: number
    reference: string | null
    requestId: string
  },
): Promise<Transaction> {
  return withOrderLocked(req, input.orderId, async (order) => {
    const provider = manualProvider(input.provider)
    const collected = await provider.collect(order, {
      attempt: 0,
      amount: input.amount,
      requestId: input.requestId,
    })
    if (collected.kind !== 'received') throw new Error(`${input.provider}: expected money received`)
    const payment = await recordTransaction(
      req.payload,
      {
        order: order.id,
        client: clientOf(order),
        provider: input.provider,
        kind: 'payment',
        status: 'succeeded',
        amount: input.amount,
        externalId: collected.externalId,
        reference: input.reference,
        recordedBy: Number(req.user?.id) || null,
      },
      req,
    )
    await settleOrder(req.payload, order.id, req)
    return payment
  })
}

/**
 * Gives money back, at most what is still refundable, through the provider that took it. The
 * request id makes a double click one refund: the provider and our books both key on it.
 */
export async function refundOrder(
  req: PayloadRequest,
  input: { orderId: number; amount: number; reason: string; requestId: string },
): Promise<Transaction> {
  return withOrderLocked(req, input.orderId, async (order) => {
    const transactions = await transactionsOf(req.payload, order.id, req)
    const traced = movements(transactions)
    const check = checkRefund(traced, input.amount)
    if (!check.ok) throw new PaymentRefused(check.message, 400, 'amount')
    // Money goes back the way it came: through the latest payment that alone covers the amount.
    const covering = traced.findLastIndex(
      (m) =>
        m.kind === 'payment' &&
        m.status === 'succeeded' &&
        refundableOfPayment(m, traced) >= input.amount,
    )
    const payment = transactions[covering]
    if (!payment)
      throw new PaymentRefused(
        {
          ru: 'Ни один платёж по заказу не покрывает эту сумму: верните её частями, по платежу',
          uz: "Buyurtmaning birorta to'lovi bu summani qoplamaydi: uni qismlarga bo'lib, har bir to'lov bo'yicha qaytaring",
          en: 'No single payment of this order covers that amount: refund it in parts, one per payment',
        },
        400,
        'amount',
      )
    const provider = providerFor(req.payload, payment.provider)
    const refunded = await provider
      .refund({
        order,
        payment,
        amount: input.amount,
        reason: input.reason,
        requestId: input.requestId,
      })
      .catch((error: unknown) => {
        if (error instanceof Stripe.errors.StripeError)
          throw new PaymentRefused(
            {
              ru: `Stripe отказал в возврате: ${error.message}`,
              uz: `Stripe qaytarishni rad etdi: ${error.message}`,
              en: `Stripe refused the refund: ${error.message}`,
            },
            502,
          )
        throw error
      })
    const refund = await recordTransaction(
      req.payload,
      {
        order: order.id,
        client: clientOf(order),
        provider: payment.provider,
        kind: 'refund',
        status: refunded.status,
        amount: input.amount,
        externalId: refunded.externalId,
        reference: refundReferenceOf(payment),
        note: input.reason,
        recordedBy: Number(req.user?.id) || null,
      },
      req,
    )
    await settleOrder(req.payload, order.id, req)
    return refund
  })
}

function providerFor(payload: Payload, name: Transaction['provider']): PaymentProvider {
  if (name === 'cash' || name === 'bank_transfer') return manualProvider(name)
  if (name === 'payme' || name === 'click') return callbackProvider(payload, name)
  const stripe = stripeClient(payload)
  if (name === 'stripe' && stripe) return stripeProvider(stripe, stripeReturnUrl(payload))
  throw new PaymentRefused(
    {
      ru: `Возврат через ${name} недоступен`,
      uz: `${name} orqali qaytarish mavjud emas`,
      en: `Refunds through ${name} are not available`,
    },
    503,
  )
}
