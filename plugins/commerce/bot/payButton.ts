import { InlineKeyboard } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import { formatMoney } from '@/domain/money'
import { buttonFamily, ID } from './callbackData'
import type { Translate } from './i18n'

/**
 * "Pay" under an order's messages: the status notices put it there and the payments feature
 * answers it, so it belongs to neither. Stateless, so an old message's button still works.
 */
export const payButtons = buttonFamily('pay', { order: ID })

/** The pay button for `amount` (what is left to pay) of an order. */
export const payKeyboard = (t: Translate, order: number, amount: number): InlineKeyboardMarkup =>
  InlineKeyboard.from([
    [payButtons.button(t('button-pay', { amount: formatMoney(amount) }), { order })],
  ])
