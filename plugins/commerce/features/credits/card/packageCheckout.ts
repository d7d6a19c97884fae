import { stripeReturnUrl } from '@commerce/stripeClient'
import type { CreditPackage } from '@payload-types'
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { packageCredits } from '@/domain/credits'

/**
 * What Stripe carries for us on a credits purchase; the webhook reads it back. The offer rides
 * along as the client is shown it (credits and price), so the payment gives what was offered,
 * whatever becomes of the package meanwhile, and only for that price.
 */
export interface CardCreditsMetadata {
  kind: 'credits'
  package: string
  client: string
  credits: string
  /** In minor units of `currency`: what the checkout asks. */
  price: string
  currency: string
  /** The wallet whose auto-recharge this purchase confirms, when it does. */
  autoRecharge?: string
}

export const creditsMetadata = (
  client: number,
  pkg: CreditPackage,
  currency: string,
  autoRecharge?: number,
): CardCreditsMetadata => ({
  kind: 'credits',
  package: String(pkg.id),
  client: String(client),
  credits: String(packageCredits(pkg)),
  price: String(Number(pkg.priceCard)),
  currency: currency.toUpperCase(),
  ...(autoRecharge ? { autoRecharge: String(autoRecharge) } : {}),
})

/** A Checkout link lives a day: long enough to confirm an auto-recharge from a notification. */
const LIFETIME_S = 24 * 60 * 60

/**
 * A Stripe Checkout page for one package for the client's customer, which saves the card for
 * auto-recharge when paid. The key makes a repeated press (the same update) one session.
 */
export async function packageCheckout(
  payload: Payload,
  stripe: Stripe,
  input: {
    client: number
    customer: string
    pkg: CreditPackage
    currency: string
    idempotencyKey: string
    autoRecharge?: number
  },
): Promise<{ id: string; url: string; amount: number }> {
  const { client, customer, pkg, currency, idempotencyKey, autoRecharge } = input
  const metadata = { ...creditsMetadata(client, pkg, currency, autoRecharge) }
  const returnUrl = stripeReturnUrl(payload)
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      customer,
      // UZS has two decimals in Stripe as in our books: minor units map one to one.
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: currency.toLowerCase(),
            unit_amount: Number(pkg.priceCard),
            product_data: { name: pkg.name },
          },
        },
      ],
      metadata,
      client_reference_id: `credits:${client}`,
      payment_intent_data: { setup_future_usage: 'off_session', metadata },
      success_url: returnUrl,
      cancel_url: returnUrl,
      expires_at: Math.floor(Date.now() / 1000) + LIFETIME_S - 60,
    },
    { idempotencyKey },
  )
  return { id: session.id, url: session.url ?? '', amount: session.amount_total ?? 0 }
}
