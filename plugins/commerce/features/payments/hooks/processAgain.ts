import { claim, processClaimed } from '@commerce/features/payments/receiveStripeEvent'
import { stripeClient } from '@commerce/features/payments/stripeClient'
import type { StripeEvent } from '@payload-types'
import type { CollectionAfterChangeHook } from 'payload'
import type Stripe from 'stripe'
import { withOrigin } from '@/shared/writeOrigin'

/** Staff set a failed or flagged event back to Pending: it is processed again at once. */
export const processAgain: CollectionAfterChangeHook<StripeEvent> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.status !== 'pending' || previousDoc?.status === 'pending')
    return doc
  const stripe = stripeClient(req.payload)
  if (!stripe) return doc
  // After this request's own write is committed, so the claim sees the row as pending.
  const event = doc.payload as unknown as Stripe.Event
  // Its effects are the event's, as when Stripe delivered it.
  setImmediate(() =>
    withOrigin({ door: 'webhook', name: 'stripe' }, async () => {
      if (await claim(req.payload, event.id)) await processClaimed(req.payload, stripe, event)
    }),
  )
  return doc
}
