import { InlineKeyboard } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import { buttonFamily, ID } from './callbackData'
import type { Translate } from './i18n'

/**
 * "Notify me when it is back" under an out-of-stock product: the catalog shows it and the stock
 * feature answers it, so it belongs to neither. Stateless, so an old message's button still works.
 */
export const backInStockButtons = buttonFamily('stock-back', { product: ID })

export const backInStockKeyboard = (t: Translate, product: number): InlineKeyboardMarkup =>
  InlineKeyboard.from([[backInStockButtons.button(t('button-notify-back'), { product })]])
