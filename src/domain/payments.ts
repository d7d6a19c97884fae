import type { Translated } from './languages'
import { formatMoney } from './money'

/** An order's payment states, derived from its money movements, never set by hand. */
export const PAYMENT_STATUSES = [
  'unpaid',
  'pending',
  'partially_paid',
  'paid',
  'partially_refunded',
  'refunded',
  'disputed',
] as const
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

/** Each payment status as the admin shows it: an order's payment, so "Оплачен", "To'langan". */
export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, Translated> = {
  unpaid: { ru: 'Не оплачен', uz: "To'lanmagan", en: 'Unpaid' },
  pending: { ru: 'Ожидается оплата', uz: "To'lov kutilmoqda", en: 'Pending' },
  partially_paid: { ru: 'Оплачен частично', uz: "Qisman to'langan", en: 'Partially paid' },
  paid: { ru: 'Оплачен', uz: "To'langan", en: 'Paid' },
  partially_refunded: {
    ru: 'Частично возвращён',
    uz: 'Qisman qaytarilgan',
    en: 'Partially refunded',
  },
  refunded: { ru: 'Возвращён', uz: 'Qaytarilgan', en: 'Refunded' },
  disputed: { ru: 'Оспорен', uz: "E'tiroz qilingan", en: 'Disputed' },
}

export interface MoneyMovement {
  kind: 'payment' | 'refund' | 'credit_purchase' | 'adjustment'
  status: 'pending' | 'succeeded' | 'failed' | 'refunded' | 'disputed'
  /** Minor units, positive. */
  amount: number
}

const sum = (
  movements: readonly MoneyMovement[],
  kind: MoneyMovement['kind'],
  statuses: MoneyMovement['status'][],
) =>
  movements
    .filter((m) => m.kind === kind && statuses.includes(m.status))
    .reduce((total, m) => total + m.amount, 0)

/**
 * Money that changed hands: a payment received (refunded later or not: the refund is a movement
 * of its own) or a refund given back. A disputed payment is held by the bank, not counted.
 */
export function isCounted({ kind, status }: Pick<MoneyMovement, 'kind' | 'status'>): boolean {
  if (kind === 'payment') return status === 'succeeded' || status === 'refunded'
  return kind === 'refund' && status === 'succeeded'
}

const counted = (movements: readonly MoneyMovement[], kind: 'payment' | 'refund') =>
  movements.filter((m) => m.kind === kind && isCounted(m)).reduce((total, m) => total + m.amount, 0)

/**
 * The payment status of an order with `total` to pay, from all its movements. Computed from the
 * whole set, it is the same whatever order the provider's events arrive in: a refund seen before
 * its payment still ends as a partial refund once the payment is in.
 */
export function paymentStatusOf(total: number, movements: readonly MoneyMovement[]): PaymentStatus {
  if (movements.some((m) => m.status === 'disputed')) return 'disputed'
  // A disputed payment stays disputed above; a payment later refunded in full keeps counting as paid.
  const paid = counted(movements, 'payment')
  const refunded = counted(movements, 'refund')
  if (paid > 0 && refunded >= paid) return 'refunded'
  if (paid > 0 && refunded > 0) return 'partially_refunded'
  if (paid > 0 && paid >= total) return 'paid'
  // Part received is a state of its own: a card link waiting ("pending") says nothing was paid yet.
  if (paid > 0) return 'partially_paid'
  if (movements.some((m) => m.kind === 'payment' && m.status === 'pending')) return 'pending'
  return 'unpaid'
}

/** What the order's page shows: money received, money given back, and what is still owed. */
export interface OrderMoney {
  paymentStatus: PaymentStatus
  amountPaid: number
  amountRefunded: number
}

export function orderMoneyOf(total: number, movements: readonly MoneyMovement[]): OrderMoney {
  return {
    paymentStatus: paymentStatusOf(total, movements),
    amountPaid: counted(movements, 'payment'),
    amountRefunded: counted(movements, 'refund'),
  }
}

/** What the client still owes on an order of `total`: a part already received is not asked again. */
export function amountDue(total: number, movements: readonly MoneyMovement[]): number {
  return Math.max(0, total - counted(movements, 'payment'))
}

/**
 * A movement as one payment method knows it. A refund carries the reference of the payment it
 * gives back (a card's PaymentIntent, a transfer's number), or that payment's own id when it had none.
 */
export interface TracedMovement extends MoneyMovement {
  provider: string
  reference?: string | null
  externalId?: string | null
}

/** What a refund of this payment carries as its reference. */
export const refundReferenceOf = (
  payment: Pick<TracedMovement, 'reference' | 'externalId'>,
): string | null => payment.reference || payment.externalId || null

/** What is left to give back of one payment: its amount less the refunds tied to it, made or under way. */
export function refundableOfPayment(
  payment: TracedMovement,
  movements: readonly TracedMovement[],
): number {
  const key = refundReferenceOf(payment)
  const given = movements
    .filter(
      (m) =>
        m.kind === 'refund' &&
        m.status !== 'failed' &&
        m.provider === payment.provider &&
        (m.reference ?? null) === key,
    )
    .reduce((total, m) => total + m.amount, 0)
  return payment.amount - given
}

/** What can still be given back: money received, less refunds made or under way. */
export function refundableAmount(movements: readonly MoneyMovement[]): number {
  return Math.max(
    0,
    counted(movements, 'payment') - sum(movements, 'refund', ['succeeded', 'pending']),
  )
}

export type RefundCheck = { ok: true } | { ok: false; message: Translated; refundable: number }

export function checkRefund(movements: readonly MoneyMovement[], amount: number): RefundCheck {
  const refundable = refundableAmount(movements)
  if (!Number.isSafeInteger(amount) || amount <= 0)
    return {
      ok: false,
      message: {
        ru: 'Сумма возврата должна быть больше нуля',
        uz: "Qaytarish summasi noldan katta bo'lishi kerak",
        en: 'The refund must be a positive amount',
      },
      refundable,
    }
  if (amount > refundable)
    return {
      ok: false,
      message: {
        ru: `Вернуть можно не больше ${formatMoney(refundable, 'UZS', 'ru')}`,
        uz: `Ko'pi bilan ${formatMoney(refundable, 'UZS', 'uz')} qaytarish mumkin`,
        en: `At most ${formatMoney(refundable)} can still be refunded`,
      },
      refundable,
    }
  return { ok: true }
}

/**
 * What the client still has to pay on an order: the total less what was received. A refund is
 * money given back (a complaint, a missing loaf), so it is not asked for again; a cancelled or
 * disputed order asks for nothing.
 */
export function leftToPay(order: {
  status?: string | null
  paymentStatus?: string | null
  total?: number | null
  amountPaid?: number | null
}): number {
  if (order.status === 'cancelled' || order.paymentStatus === 'disputed') return 0
  return Math.max(0, (order.total ?? 0) - (order.amountPaid ?? 0))
}

/**
 * A card link asks for what was owed when it was made. When what is owed goes down (paid another
 * way, cancelled, disputed, a lower total) every open link asks too much or for nothing, and must
 * be closed before the client pays it.
 */
export const owesLessThanBefore = (
  before: Parameters<typeof leftToPay>[0] | undefined,
  after: Parameters<typeof leftToPay>[0],
): boolean => before !== undefined && leftToPay(after) < leftToPay(before)

/** Whether an open card link for `amount` may still be paid: only for exactly what is owed. */
export const cardLinkFits = (amount: number, order: Parameters<typeof leftToPay>[0]): boolean =>
  amount > 0 && amount === leftToPay(order)

/** When the settings offer clients a card payment: never, once staff accept, or with the order. */
export type OnlinePayment = 'off' | 'after_accept' | 'prepay'

/** Whether an order reaching status `to` is the moment to offer the client a card payment. */
export function offersPaymentAt(
  onlinePayment: OnlinePayment | null | undefined,
  to: string,
): boolean {
  return (
    (onlinePayment === 'after_accept' && to === 'accepted') ||
    (onlinePayment === 'prepay' && to === 'new')
  )
}
