import Stripe from 'stripe'

let cached: { key: string; base: string | undefined; client: Stripe } | undefined

/**
 * The Stripe client, or null when card payments are not configured. `STRIPE_API_BASE` points it
 * elsewhere (tests use a fake on loopback).
 */
export function stripeClient(): Stripe | null {
  const key = process.env.STRIPE_SECRET_KEY
  if (!key) return null
  const base = process.env.STRIPE_API_BASE || undefined
  if (cached?.key === key && cached.base === base) return cached.client
  const url = base ? new URL(base) : undefined
  const client = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: Number(process.env.STRIPE_TIMEOUT_MS) || 10_000,
    telemetry: false,
    ...(url
      ? {
          host: url.hostname,
          port: url.port,
          protocol: url.protocol.replace(':', '') as 'http' | 'https',
        }
      : {}),
  })
  cached = { key, base, client }
  return client
}
