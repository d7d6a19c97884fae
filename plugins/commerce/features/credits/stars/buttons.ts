import { buttonFamily, ID } from '@commerce/bot/callbackData'

/** A package, pass or premium item pressed under /buy, /pass or /premium: its invoice is sent. */
export const starsOfferButtons = buttonFamily('stars', { kind: /credits|pass|premium/, id: ID })

/** Premium content the client already unlocked, sent again at no cost. */
export const premiumAgainButtons = buttonFamily('stars-again', { content: ID })
