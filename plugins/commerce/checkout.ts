import type { Order } from '@payload-types'
import type { Payload } from 'payload'
import type { Translated } from '@/domain/languages'
import { commerceOf } from './feature'

/** A payment link for what is still owed on an order. */
export interface CheckoutOffer {
  url: string
  amount: number
  /** The provider the link pays through (`stripe`, `payme`, `click`). */
  provider?: string
}

/**
 * What a feature that takes online payments offers the others (the payments feature does): a
 * link through the provider the client chose, or the first one available when none is named,
 * and the providers the client may choose from (enabled by the manager and configured).
 */
export type OfferCheckout = ((
  payload: Payload,
  order: Order,
  provider?: string,
) => Promise<CheckoutOffer>) & { providers?: (payload: Payload) => Promise<string[]> }

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
export function offerCheckout(
  payload: Payload,
  order: Order,
  provider?: string,
): Promise<CheckoutOffer> {
  const offer = commerceOf(payload).features.find((feature) => feature.checkout)?.checkout
  if (!offer) return Promise.reject(new CheckoutRefused(CARDS_OFF, 503))
  return offer(payload, order, provider)
}

/** The providers a client may choose from for an order; none when no feature takes payments. */
export async function checkoutProviders(payload: Payload): Promise<string[]> {
  const offer = commerceOf(payload).features.find((feature) => feature.checkout)?.checkout
  return (await offer?.providers?.(payload)) ?? []
}
