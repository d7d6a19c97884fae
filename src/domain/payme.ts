import { timingSafeEqual } from 'node:crypto'
import type { Translated } from './languages'

/**
 * Payme's merchant protocol (Paycom JSON-RPC): Payme calls us. The states, reasons and error
 * codes are the published ones, which Payme's own test suite checks; amounts are in tiyin and
 * times in milliseconds, as in our books.
 */

/** A transaction's states: created, performed, cancelled before and after it was performed. */
export const PAYME_STATE = {
  created: 1,
  performed: 2,
  cancelled: -1,
  cancelledAfterPerform: -2,
} as const
export type PaymeState = (typeof PAYME_STATE)[keyof typeof PAYME_STATE]

/** Why a transaction was cancelled, as Payme numbers it. */
export const PAYME_REASON = {
  receiverNotFound: 1,
  debitFailed: 2,
  transactionFailed: 3,
  timeout: 4,
  refund: 5,
  unknown: 10,
} as const
export const PAYME_REASONS: readonly number[] = Object.values(PAYME_REASON)

/** A created transaction not performed within 12 hours is cancelled with reason 4. */
export const PAYME_TIMEOUT_MS = 43_200_000

export const PAYME_ERROR = {
  unauthorized: -32504,
  parse: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  system: -32400,
  wrongAmount: -31001,
  transactionNotFound: -31003,
  cannotCancel: -31007,
  cannotPerform: -31008,
  /** The account's errors, -31050…-31099: the order named does not exist. */
  orderNotFound: -31050,
  /** The order cannot be paid now: cancelled, or nothing is owed on it. */
  orderNotPayable: -31051,
  /** Another Payme transaction for the order is open: one at a time. */
  orderBusy: -31052,
} as const

export const PAYME_METHODS = [
  'CheckPerformTransaction',
  'CreateTransaction',
  'PerformTransaction',
  'CancelTransaction',
  'CheckTransaction',
  'GetStatement',
] as const
export type PaymeMethod = (typeof PAYME_METHODS)[number]

export class PaymeError extends Error {
  constructor(
    readonly code: number,
    readonly said: Translated,
    /** For account errors: the field of `account` at fault, as Payme's protocol names it. */
    readonly data?: string,
  ) {
    super(said.en)
  }
}

export const PAYME_MESSAGES = {
  unauthorized: {
    ru: 'Недостаточно привилегий для выполнения метода',
    uz: 'Usulni bajarish uchun huquq yetarli emas',
    en: 'Insufficient privileges to perform this method',
  },
  parse: { ru: 'Ошибка разбора JSON', uz: 'JSON tahlil xatosi', en: 'Parse error' },
  invalidRequest: {
    ru: 'Неверный запрос JSON-RPC',
    uz: "Noto'g'ri JSON-RPC so'rovi",
    en: 'Invalid JSON-RPC request',
  },
  methodNotFound: {
    ru: 'Метод не найден',
    uz: 'Usul topilmadi',
    en: 'Method not found',
  },
  system: { ru: 'Системная ошибка', uz: 'Tizim xatosi', en: 'System error' },
  wrongAmount: { ru: 'Неверная сумма', uz: "Noto'g'ri summa", en: 'Wrong amount' },
  transactionNotFound: {
    ru: 'Транзакция не найдена',
    uz: 'Tranzaksiya topilmadi',
    en: 'Transaction not found',
  },
  cannotCancel: {
    ru: 'Заказ выполнен: отменить транзакцию нельзя',
    uz: 'Buyurtma bajarilgan: tranzaksiyani bekor qilib bo‘lmaydi',
    en: 'The order is fulfilled: the transaction cannot be cancelled',
  },
  cannotPerform: {
    ru: 'Невозможно выполнить операцию',
    uz: "Amalni bajarib bo'lmaydi",
    en: 'Unable to perform the operation',
  },
  orderNotFound: {
    ru: 'Заказ не найден',
    uz: 'Buyurtma topilmadi',
    en: 'Order not found',
  },
  orderNotPayable: {
    ru: 'Заказ не ожидает оплаты',
    uz: "Buyurtma to'lovni kutmayapti",
    en: 'The order is not awaiting payment',
  },
  orderBusy: {
    ru: 'Заказ уже оплачивается другой транзакцией',
    uz: "Buyurtma boshqa tranzaksiya orqali to'lanmoqda",
    en: 'The order is being paid by another transaction',
  },
} satisfies Record<string, Translated>

export const paymeError = (name: keyof typeof PAYME_ERROR, data?: string) =>
  new PaymeError(PAYME_ERROR[name], PAYME_MESSAGES[name], data)

/**
 * The keys Payme may sign with: the cashbox key, and the test cashbox's key only while test mode
 * is on (Payme's sandbox holds that key, so on a live server it would mark real orders paid).
 */
export function paymeAcceptedKeys(options: {
  key?: string | null
  testKey?: string | null
  testMode?: boolean | null
}): string[] {
  const keys = [options.key, options.testMode ? options.testKey : null]
  return keys.filter((k): k is string => Boolean(k))
}

/** Whether two keys are the same, in time that does not tell how much of them matched. */
function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

/** `Authorization: Basic base64("Paycom:<key>")`, against the keys accepted (constant time). */
export function paymeAuthorized(
  header: string | null | undefined,
  keys: readonly string[],
): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(header?.trim() ?? '')
  if (!match) return false
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0 || decoded.slice(0, colon) !== 'Paycom') return false
  const key = decoded.slice(colon + 1)
  // Every key is compared, so the time taken does not say which one matched.
  let matched = false
  for (const candidate of keys) if (candidate && sameKey(key, candidate)) matched = true
  return key.length > 0 && matched
}

/** An order may be paid while it is not cancelled and something is still owed on it. */
export interface PayableOrder {
  status?: string | null
  /** What is still owed, in tiyin. */
  due: number
}

/** CheckPerformTransaction's rule: the order can be paid, and for exactly what is owed. */
export function checkPayable(order: PayableOrder | null, amount: unknown): void {
  if (!order) throw paymeError('orderNotFound', 'order_id')
  if (order.status === 'cancelled' || order.due <= 0)
    throw paymeError('orderNotPayable', 'order_id')
  if (!Number.isSafeInteger(amount) || amount !== order.due) throw paymeError('wrongAmount')
}

/**
 * PerformTransaction's second look, under the order's lock: the order may have been cancelled or
 * paid another way (card, Click) since the transaction was created. Then it is not performed.
 */
export function stillPayable(order: PayableOrder, amount: number): boolean {
  return order.status !== 'cancelled' && order.due >= amount
}

export const isExpired = (createTime: number, now: number) => now - createTime > PAYME_TIMEOUT_MS

/** What PerformTransaction does to a transaction in `state` created at `createTime`. */
export function performStep(
  state: PaymeState,
  createTime: number,
  now: number,
): 'perform' | 'already' | 'expire' {
  if (state === PAYME_STATE.performed) return 'already'
  if (state !== PAYME_STATE.created) throw paymeError('cannotPerform')
  return isExpired(createTime, now) ? 'expire' : 'perform'
}

/**
 * What CancelTransaction does: a created one is cancelled (-1), a performed one becomes a refund
 * (-2) where the order still allows one, else -31007; one already cancelled is answered again.
 */
export function cancelStep(
  state: PaymeState,
  refundAllowed: boolean,
): 'cancel' | 'refund' | 'already' {
  if (state === PAYME_STATE.created) return 'cancel'
  if (state === PAYME_STATE.performed) {
    if (!refundAllowed) throw paymeError('cannotCancel')
    return 'refund'
  }
  return 'already'
}

/**
 * What CreateTransaction does with a Payme id already known: the same answer while it is open,
 * -31008 once it is not (performed or cancelled), and a cancel for time-out when it expired.
 */
export function createAgainStep(
  state: PaymeState,
  createTime: number,
  now: number,
): 'same' | 'expire' {
  if (state !== PAYME_STATE.created) throw paymeError('cannotPerform')
  return isExpired(createTime, now) ? 'expire' : 'same'
}

/** The ledger status our books keep for a Payme transaction in `state`. */
export function ledgerStatusOf(state: PaymeState): 'pending' | 'succeeded' | 'failed' {
  if (state === PAYME_STATE.created) return 'pending'
  if (state === PAYME_STATE.cancelled) return 'failed'
  // Performed, or performed and refunded since (the refund is a movement of its own).
  return 'succeeded'
}

/** The checkout link a client pays on: Payme's page, with the merchant, the order and the amount. */
export function paymeCheckoutUrl(
  merchantId: string,
  orderNumber: number,
  amount: number,
  base = 'https://checkout.paycom.uz',
): string {
  const params = `m=${merchantId};ac.order_id=${orderNumber};a=${amount}`
  return `${base}/${Buffer.from(params, 'utf8').toString('base64')}`
}

/** Orders whose goods the client already has: Payme's cancel cannot take the money back then. */
const HANDED_OVER = ['delivered', 'given']

/**
 * Whether Payme may cancel a performed transaction as a refund: the goods have not been handed
 * over and the payment still has all of its amount to give back (no refund by staff took part).
 */
export function paymeRefundAllowed(
  orderStatus: string | null | undefined,
  refundable: number,
  amount: number,
): boolean {
  return !HANDED_OVER.includes(orderStatus ?? '') && refundable >= amount
}

/** `account.order_id` as Payme sends it (text or a number): the order's number, or null. */
export function orderNumberOf(account: unknown): number | null {
  const value = (account as { order_id?: unknown } | null)?.order_id
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  return /^\d{1,9}$/.test(text) ? Number(text) : null
}
