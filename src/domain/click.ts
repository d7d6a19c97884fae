import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Click's SHOP API: Click calls us twice for a payment, Prepare (action 0) and Complete
 * (action 1), form-encoded. The answer codes are Click's; amounts arrive in so'm with decimals
 * and are compared in tiyin, exactly (never as floating point).
 */

export const CLICK_ERROR = {
  success: 0,
  signFailed: -1,
  wrongAmount: -2,
  actionNotFound: -3,
  alreadyPaid: -4,
  orderNotFound: -5,
  transactionNotFound: -6,
  updateFailed: -7,
  badRequest: -8,
  transactionCancelled: -9,
} as const
export type ClickCode = (typeof CLICK_ERROR)[keyof typeof CLICK_ERROR]

export const CLICK_NOTES: Record<ClickCode, string> = {
  0: 'Success',
  [-1]: 'SIGN CHECK FAILED!',
  [-2]: 'Incorrect parameter amount',
  [-3]: 'Action not found',
  [-4]: 'Already paid',
  [-5]: 'Order does not exist',
  [-6]: 'Transaction does not exist',
  [-7]: 'Failed to update order',
  [-8]: 'Error in request from click',
  [-9]: 'Transaction cancelled',
}

export const CLICK_ACTION = { prepare: 0, complete: 1 } as const

/** A request as Click sends it, every field still the text it arrived as. */
export interface ClickRequest {
  click_trans_id: string
  service_id: string
  click_paydoc_id: string
  merchant_trans_id: string
  merchant_prepare_id?: string
  amount: string
  action: string
  error: string
  error_note?: string
  sign_time: string
  sign_string: string
}

const REQUIRED = [
  'click_trans_id',
  'service_id',
  'click_paydoc_id',
  'merchant_trans_id',
  'amount',
  'action',
  'error',
  'sign_time',
  'sign_string',
] as const

export class ClickRefusal extends Error {
  constructor(
    readonly code: ClickCode,
    note?: string,
  ) {
    super(note ?? CLICK_NOTES[code])
  }
}

/** The request's fields, or -8 naming what is missing or malformed. */
export function parseClickRequest(
  form: Record<string, string | undefined>,
  action: 0 | 1,
): ClickRequest {
  const missing = REQUIRED.filter((name) => !form[name]?.trim())
  if (action === CLICK_ACTION.complete && !form.merchant_prepare_id?.trim())
    missing.push('merchant_prepare_id' as never)
  if (missing.length)
    throw new ClickRefusal(
      CLICK_ERROR.badRequest,
      `Error in request from click: missing ${missing.join(', ')}`,
    )
  for (const name of ['click_trans_id', 'service_id', 'click_paydoc_id'] as const)
    if (!/^\d{1,20}$/.test(form[name]!.trim()))
      throw new ClickRefusal(
        CLICK_ERROR.badRequest,
        `Error in request from click: ${name} is not a number`,
      )
  if (!/^-?\d{1,6}$/.test(form.error!.trim()))
    throw new ClickRefusal(
      CLICK_ERROR.badRequest,
      'Error in request from click: error is not a number',
    )
  return Object.fromEntries(
    Object.entries(form).map(([key, value]) => [key, (value ?? '').trim()]),
  ) as unknown as ClickRequest
}

/** md5(click_trans_id + service_id + secret + merchant_trans_id + [merchant_prepare_id] + amount + action + sign_time). */
export function clickSign(
  request: Omit<ClickRequest, 'sign_string' | 'click_paydoc_id' | 'error'>,
  secret: string,
): string {
  const prepareId =
    request.action === String(CLICK_ACTION.complete) ? (request.merchant_prepare_id ?? '') : ''
  return createHash('md5')
    .update(
      `${request.click_trans_id}${request.service_id}${secret}${request.merchant_trans_id}${prepareId}${request.amount}${request.action}${request.sign_time}`,
    )
    .digest('hex')
}

/** Whether the request's sign_string is Click's, by the shared secret: compared in constant time. */
export function clickSignValid(request: ClickRequest, secret: string): boolean {
  const expected = Buffer.from(clickSign(request, secret), 'utf8')
  const given = Buffer.from(request.sign_string.toLowerCase(), 'utf8')
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/**
 * So'm with up to two decimals ("96000", "96000.5", "96000.00") in tiyin, read from its digits;
 * null for anything else (a sign, an exponent, three decimals), which is not an amount.
 */
export function somToTiyin(amount: string): number | null {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(amount.trim())
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

/** Tiyin as Click's amount: so'm with two decimals. */
export const tiyinToSom = (tiyin: number) =>
  `${Math.floor(tiyin / 100)}.${String(tiyin % 100).padStart(2, '0')}`

/** A Click payment's state on our side. */
export type ClickState = 'prepared' | 'completed' | 'cancelled'

/** Prepare's rule for an order: it exists, is owed exactly `amount`, and is not paid already. */
export function checkPrepare(
  order: { status?: string | null; due: number; paid: boolean } | null,
  amount: number | null,
): void {
  if (!order) throw new ClickRefusal(CLICK_ERROR.orderNotFound)
  if (order.status === 'cancelled') throw new ClickRefusal(CLICK_ERROR.transactionCancelled)
  if (order.paid || order.due <= 0) throw new ClickRefusal(CLICK_ERROR.alreadyPaid)
  if (amount === null || amount !== order.due) throw new ClickRefusal(CLICK_ERROR.wrongAmount)
}

/**
 * How long a prepared Click payment keeps the order from Payme. A client pays on Click's page in
 * minutes; one prepared and never completed must not block the order for ever, and is safe to
 * stop honouring because Complete checks again what is still owed and cancels what is not.
 */
export const CLICK_HOLD_MS = 30 * 60 * 1000

/** Whether a payment Click prepared at `preparedAt` still holds the order at `now`. */
export const clickStillHolds = (preparedAt: number, now: number) =>
  now - preparedAt <= CLICK_HOLD_MS

/**
 * What Complete does to a prepared payment: settle it, cancel it (Click reports its own error),
 * or answer again what was answered (a repeat is never a second settlement).
 */
export function completeStep(
  state: ClickState,
  clickError: number,
): 'complete' | 'cancel' | 'already-paid' | 'cancelled' {
  if (state === 'completed') return 'already-paid'
  if (state === 'cancelled') return 'cancelled'
  return clickError < 0 ? 'cancel' : 'complete'
}

/** The Click page a client pays on, for `amount` tiyin of order `orderNumber`. */
export function clickCheckoutUrl(
  serviceId: string,
  merchantId: string,
  orderNumber: number,
  amount: number,
  base = 'https://my.click.uz/services/pay',
): string {
  const query = new URLSearchParams({
    service_id: serviceId,
    merchant_id: merchantId,
    amount: tiyinToSom(amount),
    transaction_param: String(orderNumber),
  })
  return `${base}?${query}`
}
