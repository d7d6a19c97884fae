/**
 * What a Telegram Stars invoice sells, written into its payload: the offer and the price it was
 * made at, so the pre-checkout answer can refuse a package whose price changed since.
 */

export const OFFER_KINDS = ['credits', 'pass', 'premium'] as const
export type OfferKind = (typeof OFFER_KINDS)[number]

export interface StarsOffer {
  kind: OfferKind
  /** The package, pass or premium item. */
  id: number
  /** Its price in Stars when the invoice was made. */
  stars: number
}

export function offerPayload({ kind, id, stars }: StarsOffer): string {
  return `${kind}:v1:${id}:${stars}`
}

/** The offer of an invoice payload, or null for one we never made (or from an older version). */
export function readOfferPayload(payload: string): StarsOffer | null {
  const match = /^(credits|pass|premium):v1:(\d{1,9}):(\d{1,6})$/.exec(payload)
  if (!match) return null
  return { kind: match[1] as OfferKind, id: Number(match[2]), stars: Number(match[3]) }
}

/** Why a pre-checkout is refused: Telegram shows the client this reason. */
export type OfferProblem = 'gone' | 'price_changed' | 'unknown'

/**
 * Whether the offer still stands as invoiced: the item exists, is on sale, at the same price.
 * `current` is the item as it is now (null when deleted).
 */
export function offerStands(
  offer: StarsOffer | null,
  current: { active?: boolean | null; priceStars: number } | null,
): OfferProblem | null {
  if (!offer) return 'unknown'
  if (!current || current.active === false) return 'gone'
  if (current.priceStars !== offer.stars) return 'price_changed'
  return null
}

/**
 * Whether a pre-checkout may be answered ok: the offer stands, and Telegram asks for what the
 * invoice said (in Stars, its price), so a forged or stale invoice is refused.
 */
export function checkoutProblem(
  offer: StarsOffer | null,
  current: { active?: boolean | null; priceStars: number } | null,
  asked: { currency: string; total: number },
): OfferProblem | null {
  const problem = offerStands(offer, current)
  if (problem) return problem
  if (asked.currency !== 'XTR' || asked.total !== offer?.stars) return 'price_changed'
  return null
}

/**
 * Whether a payment paid what its invoice asked and what the item costs now, in Stars: a payment
 * that did not (the price changed after the pre-checkout, a forged total) buys nothing.
 */
export function paidAsInvoiced(
  offer: StarsOffer,
  current: { priceStars: number },
  paid: { currency: string; total: number },
): boolean {
  return paid.currency === 'XTR' && paid.total === offer.stars && current.priceStars === offer.stars
}

/** How a premium file is sent: a photo or a video shows in the chat, anything else is a document. */
export function premiumSendKind(
  mimeType: string | null | undefined,
): 'photo' | 'video' | 'document' {
  if (mimeType === 'image/jpeg' || mimeType === 'image/png' || mimeType === 'image/webp')
    return 'photo'
  if (mimeType === 'video/mp4') return 'video'
  return 'document'
}
