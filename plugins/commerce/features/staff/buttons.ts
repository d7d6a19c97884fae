import { buttonFamily, ID } from '@commerce/bot/callbackData'

/** An order from a list, shown as its card. */
export const openCardButtons = buttonFamily('oc', { order: ID }, { staffOnly: true })

/** A move on a card; it carries the status the card showed, so a stale press is caught. */
export const moveButtons = buttonFamily(
  'st',
  { order: ID, shown: /\w{1,16}/, to: /\w{1,16}/ },
  { staffOnly: true },
)

/** The product picked when `/set_price` matched several: the price rides along. */
export const setPriceButtons = buttonFamily(
  'sp',
  { client: ID, product: ID, price: /\d{1,15}/ },
  { staffOnly: true },
)
