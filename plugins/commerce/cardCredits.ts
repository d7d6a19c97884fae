import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { commerceOf } from './feature'

/** What became of a Stripe event: applied, or stored and flagged for staff with the reason. */
export type CardEventOutcome = { status: 'processed' } | { status: 'flagged'; reason: string }

/** What the feature that sells credits by card offers the Stripe webhook (the credits feature does). */
export type ApplyCardCreditsEvent = (
  payload: Payload,
  stripe: Stripe,
  event: Stripe.Event,
) => Promise<CardEventOutcome>

/** Whether a Stripe event is about credits bought by card (its object's `metadata.kind`). */
export function isCardCreditsEvent(event: Stripe.Event): boolean {
  const object = event.data.object as { metadata?: Record<string, string> | null }
  return object.metadata?.kind === 'credits'
}

/**
 * Hands a Stripe event about credits to the feature that keeps them, through the core as checkout
 * is: the payments feature, which receives every Stripe event once, imports no other feature.
 */
export function applyCardCreditsEvent(
  payload: Payload,
  stripe: Stripe,
  event: Stripe.Event,
): Promise<CardEventOutcome> {
  const apply = commerceOf(payload).features.find(
    (feature) => feature.cardCreditsEvent,
  )?.cardCreditsEvent
  if (!apply)
    return Promise.resolve({ status: 'flagged', reason: 'no feature sells credits by card' })
  return apply(payload, stripe, event)
}
