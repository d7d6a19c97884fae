import type { Order } from '@payload-types'
import type { Payload } from 'payload'
import type { Translated } from '@/domain/languages'
import { commerceOf } from './feature'

/** A card payment link for what is still owed on an order. */
export interface CheckoutOffer {
  url: string
  amount: number
}

/** What a feature that takes card payments offers the others (the payments feature does). */
export type OfferCheckout = (payload: Payload, order: Order) => Promise<CheckoutOffer>

/** A checkout refused for a reason a person can act on (cancelled, paid, cards off). */
export class CheckoutRefused extends Error {
  constructor(
    readonly said: Translated,
    readonly status = 400,
  ) {
    super(said.en)
  }
}

const CARDS_OFF: Translated = {
  ru: 'Оплата картой выключена',
  uz: "Karta orqali to'lov o'chirilgan",
  en: 'Card payments are off',
}

/**
 * The checkout of the feature that takes card payments, reached through the core as the bot's
 * pay button is: a feature asking for a link (the Mini App) imports no other feature.
 */
export function offerCheckout(payload: Payload, order: Order): Promise<CheckoutOffer> {
  const offer = commerceOf(payload).features.find((feature) => feature.checkout)?.checkout
  if (!offer) return Promise.reject(new CheckoutRefused(CARDS_OFF, 503))
  return offer(payload, order)
}
