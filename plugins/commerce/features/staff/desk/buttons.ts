import { buttonFamily, ID } from '@commerce/bot/callbackData'

/** A client picked from the several `/user` matched: their card. */
export const clientCardButtons = buttonFamily('du', { client: ID }, { staffOnly: true })

/** Block or unblock a client from their card; the card carries the status it is to set. */
export const clientStatusButtons = buttonFamily(
  'dst',
  { client: ID, to: /blocked|active/ },
  { staffOnly: true },
)

/** Grant credits from a client's card: an amount, or `ask` for one typed in a reply. */
export const grantButtons = buttonFamily(
  'dgr',
  { client: ID, amount: /\d{1,6}|ask/ },
  { staffOnly: true },
)
