import { textsIn } from '@commerce/bot/i18n'
import type { ApplyCardCreditsEvent, CardEventOutcome } from '@commerce/cardCredits'
import { enqueue } from '@commerce/outbox/enqueue'
import type { CreditPackage } from '@payload-types'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import type Stripe from 'stripe'
import { type CardOffer, cardPaymentCredits, packageCredits } from '@/domain/credits'
import { relationId } from '@/shared/relationId'
import { packageById } from './cardSale'
import { creditCardPurchase } from './creditCardPurchase'

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === 'string' ? value : (value?.id ?? null)

/**
 * A Stripe event about credits bought by card. A paid Checkout Session and a succeeded
 * PaymentIntent tell of the same purchase: both credit by the PaymentIntent, so it is credited
 * once. What is credited is the offer the metadata carries (credits and price, as the client saw
 * them), and only when the amount paid is its price: other money is recorded, flagged for the
 * staff and gives nothing. A failed intent changes nothing: Checkout shows the client the failure
 * on its page, and auto-recharge handles its declines when it makes the charge.
 */
export const applyCardEvent: ApplyCardCreditsEvent = async (payload, _stripe, event) => {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object
      if (session.payment_status !== 'paid') return { status: 'processed' }
      const intent = idOf(session.payment_intent)
      if (!intent) return flagged(payload, event, 'a paid Checkout Session without a PaymentIntent')
      return credit(payload, event, session.metadata, {
        paymentIntent: intent,
        amount: session.amount_total ?? 0,
        currency: session.currency ?? 'uzs',
        raw: { session: session.id, event: event.id },
      })
    }
    case 'payment_intent.succeeded': {
      const intent = event.data.object
      return credit(payload, event, intent.metadata, {
        paymentIntent: intent.id,
        amount: intent.amount_received || intent.amount,
        currency: intent.currency,
        raw: { event: event.id },
      })
    }
    case 'payment_intent.payment_failed':
    case 'checkout.session.expired':
    case 'checkout.session.async_payment_failed':
      return { status: 'processed' }
    case 'charge.refunded':
    case 'charge.dispute.created':
      return flagged(
        payload,
        event,
        'money of credits bought by card went back: take the credits back in the ledger if due',
      )
    default:
      return { status: 'processed' }
  }
}

async function credit(
  payload: Payload,
  event: Stripe.Event,
  metadata: Stripe.Metadata | null,
  paid: { paymentIntent: string; amount: number; currency: string; raw: Record<string, unknown> },
): Promise<CardEventOutcome> {
  const client = relationId(metadata?.client)
  const found =
    client &&
    (await payload.findByID({
      collection: 'clients',
      id: client,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { name: true },
    }))
  if (!client || !found) return flagged(payload, event, 'no client of ours in the metadata')
  // A package retired since the page was opened is still what was paid for; a deleted one is not known.
  const pkg = await packageById(payload, metadata?.package)
  if (!pkg) return flagged(payload, event, 'no credit package of ours in the metadata')
  const check = cardPaymentCredits(offerOf(metadata, pkg), paid)
  const req = await createLocalReq({}, payload)
  const { recorded } = await creditCardPurchase(req, {
    client,
    name: pkg.name,
    credits: check.ok ? check.credits : 0,
    ...paid,
    raw: { ...paid.raw, ...rechargeMark(metadata) },
    ...(check.ok ? {} : { refused: check.reason }),
  })
  if (check.ok) return { status: 'processed' }
  // The money is in the books, flagged; the staff are told once, by the event that recorded it.
  return recorded
    ? flagged(payload, event, check.reason)
    : { status: 'flagged', reason: check.reason }
}

const whole = (value: string | undefined) =>
  value && /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN

/**
 * The offer the client paid on, as the checkout carried it. A page opened before the offer rode in
 * the metadata (a link lives a day) is held to the package as it is now, at its price now.
 */
function offerOf(metadata: Stripe.Metadata | null, pkg: CreditPackage): CardOffer {
  if (metadata?.credits === undefined && metadata?.price === undefined)
    return { credits: packageCredits(pkg), price: Number(pkg.priceCard) }
  return {
    credits: whole(metadata?.credits),
    price: whole(metadata?.price),
    currency: metadata?.currency ?? null,
  }
}

/**
 * A purchase of a wallet's auto-recharge is marked so whichever path records it first, this event
 * or the job: the job numbers its next attempt (its idempotency key at Stripe) by these rows, so a
 * charge it made but could not record still moves it on to a new key. A charge the job made names
 * its attempt; one without is the client confirming on a Checkout page.
 */
function rechargeMark(metadata: Stripe.Metadata | null): Record<string, number> {
  const wallet = relationId(metadata?.autoRecharge)
  if (!wallet) return {}
  const attempt = relationId(metadata?.attempt)
  return attempt ? { autoRecharge: wallet, attempt } : { autoRecharge: wallet, confirmed: wallet }
}

/** Stored as flagged with the reason, and the staff chat told: money may have come for nothing. */
async function flagged(
  payload: Payload,
  event: Stripe.Event,
  reason: string,
): Promise<CardEventOutcome> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  await enqueue(payload, 'staff.message', {
    text: textsIn(settings.staffLanguage)('credits-card-staff-flagged', {
      event: event.id,
      type: event.type,
      reason,
    }),
  })
  return { status: 'flagged', reason }
}
