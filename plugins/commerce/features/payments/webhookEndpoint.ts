import { commerceOf } from '@commerce/feature'
import type { Endpoint } from 'payload'
import type Stripe from 'stripe'
import { withOrigin } from '@/shared/writeOrigin'

import { receiveStripeEvent } from './receiveStripeEvent'
import { stripeClient } from './stripeClient'

/**
 * `POST /api/stripe/webhook`. The signature is checked over the raw body before anything is
 * written. A 2xx only once the event's effects are committed: a failed processing answers 500,
 * one still unfinished 409, so that Stripe sends the event again.
 */
export const stripeWebhookEndpoint: Endpoint = {
  path: '/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    const stripe = stripeClient(req.payload)
    const secret = commerceOf(req.payload).options.stripe.webhookSecret
    if (!stripe || !secret)
      return Response.json(
        { error: 'Card payments are off: STRIPE_SECRET_KEY or STRIPE_WEBHOOK_SECRET is not set' },
        { status: 503 },
      )
    const raw = (await req.text?.()) ?? ''
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(raw, req.headers.get('stripe-signature') ?? '', secret)
    } catch (error) {
      return Response.json(
        { error: `Stripe signature check failed: ${(error as Error).message}` },
        { status: 400 },
      )
    }
    const receipt = await withOrigin({ door: 'webhook', name: 'stripe' }, () =>
      receiveStripeEvent(req.payload, stripe, event),
    )
    return Response.json(
      { received: receipt },
      { status: receipt === 'failed' ? 500 : receipt === 'in_progress' ? 409 : 200 },
    )
  },
}
