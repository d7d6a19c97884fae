import { formatMoney } from './money'

/** An order's payment state, derived from its money movements, never set by hand. */
export type PaymentStatus = 'unpaid' | 'pending' | 'paid' | 'partially_refunded' | 'refunded' | 'disputed'

export interface MoneyMovement {
  kind: 'payment' | 'refund' | 'credit_purchase' | 'adjustment'
  status: 'pending' | 'succeeded' | 'failed' | 'refunded' | 'disputed'
  /** Minor units, positive. */
  amount: number
}

const sum = (movements: readonly MoneyMovement[], kind: MoneyMovement['kind'], statuses: MoneyMovement['status'][]) =>
  movements.filter((m) => m.kind === kind && statuses.includes(m.status)).reduce((total, m) => total + m.amount, 0)

/**
 * The payment status of an order with `total` to pay, from all its movements. Computed from the
 * whole set, it is the same whatever order the provider's events arrive in: a refund seen before
 * its payment still ends as a partial refund once the payment is in.
 */
export function paymentStatusOf(total: number, movements: readonly MoneyMovement[]): PaymentStatus {
  if (movements.some((m) => m.status === 'disputed')) return 'disputed'
  // A disputed payment stays disputed above; a payment later refunded in full keeps counting as paid.
  const paid = sum(movements, 'payment', ['succeeded', 'refunded'])
  const refunded = sum(movements, 'refund', ['succeeded'])
  if (paid > 0 && refunded >= paid) return 'refunded'
  if (paid > 0 && refunded > 0) return 'partially_refunded'
  if (paid > 0 && paid >= total) return 'paid'
  if (movements.some((m) => m.kind === 'payment' && m.status === 'pending')) return 'pending'
  return paid > 0 ? 'pending' : 'unpaid'
}

/** What the client still owes on an order of `total`: a part already received is not asked again. */
export function amountDue(total: number, movements: readonly MoneyMovement[]): number {
  return Math.max(0, total - sum(movements, 'payment', ['succeeded', 'refunded']))
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
export const refundReferenceOf = (payment: Pick<TracedMovement, 'reference' | 'externalId'>): string | null => payment.reference || payment.externalId || null

/** What is left to give back of one payment: its amount less the refunds tied to it, made or under way. */
export function refundableOfPayment(payment: TracedMovement, movements: readonly TracedMovement[]): number {
  const key = refundReferenceOf(payment)
  const given = movements
    .filter((m) => m.kind === 'refund' && m.status !== 'failed' && m.provider === payment.provider && (m.reference ?? null) === key)
    .reduce((total, m) => total + m.amount, 0)
  return payment.amount - given
}

/** What can still be given back: money received, less refunds made or under way. */
export function refundableAmount(movements: readonly MoneyMovement[]): number {
  return Math.max(0, sum(movements, 'payment', ['succeeded', 'refunded']) - sum(movements, 'refund', ['succeeded', 'pending']))
}

export type RefundCheck = { ok: true } | { ok: false; message: string; refundable: number }

export function checkRefund(movements: readonly MoneyMovement[], amount: number): RefundCheck {
  const refundable = refundableAmount(movements)
  if (!Number.isSafeInteger(amount) || amount <= 0) return { ok: false, message: 'The refund must be a positive amount', refundable }
  if (amount > refundable) return { ok: false, message: `At most ${formatMoney(refundable)} can still be refunded`, refundable }
  return { ok: true }
}

/** Whether an order may be paid now: nothing received yet, and the order not cancelled. */
export function isPayable(status: PaymentStatus, orderStatus?: string | null): boolean {
  return orderStatus !== 'cancelled' && (status === 'unpaid' || status === 'pending')
}
