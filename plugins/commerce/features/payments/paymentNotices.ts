import { textsIn } from '@commerce/bot/i18n'
import type { Setting } from '@payload-types'
import { InlineKeyboard } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import { formatMoney } from '@/domain/money'
import { stripeClient } from './stripeClient'

/** Callback data of the pay button; stateless, so an old message's button still works. */
export const payData = (orderId: number) => `pay:v1:${orderId}`
export const PAY_DATA = /^pay:v1:(\d+)$/

export function payButton(
  language: string | null | undefined,
  orderId: number,
  total: number,
): InlineKeyboardMarkup {
  return new InlineKeyboard().text(
    textsIn(language)('button-pay', { amount: formatMoney(total) }),
    payData(orderId),
  )
}

/** Whether a status change is the moment to offer the client a card payment. */
export function offersPayment(
  settings: Pick<Setting, 'onlinePayment'> | null,
  to: string,
): boolean {
  if (!stripeClient()) return false
  return (
    (settings?.onlinePayment === 'after_accept' && to === 'accepted') ||
    (settings?.onlinePayment === 'prepay' && to === 'new')
  )
}

/** What the client reads when an order's payment status changes; null when it is not theirs to read. */
export function paymentChangedText(
  language: string | null | undefined,
  number: number,
  to: string,
): { text: string; pay: boolean } | null {
  const t = textsIn(language)
  if (to === 'paid') return { text: t('payment-received', { number }), pay: false }
  if (to === 'partially_refunded' || to === 'refunded')
    return { text: t(`payment-${to}`, { number }), pay: false }
  if (to === 'partially_paid') return { text: t('payment-partially_paid', { number }), pay: true }
  if (to === 'unpaid') return { text: t('payment-not-completed', { number }), pay: true }
  return null
}
