import type { Payload } from 'payload'
import Stripe from 'stripe'
import { commerceOf } from './feature'

const clients = new WeakMap<object, Stripe>()

/**
 * The Stripe client of this config's options, or null when card payments are not configured.
 * `stripe.apiBase` points it elsewhere (tests use a fake on loopback).
 */
export function stripeClient(payload: Pick<Payload, 'config'>): Stripe | null {
  const options = commerceOf(payload).options.stripe
  if (!options.secretKey) return null
  let client = clients.get(options)
  if (!client) {
    const url = options.apiBase ? new URL(options.apiBase) : undefined
    client = new Stripe(options.secretKey, {
      maxNetworkRetries: 2,
      timeout: options.timeoutMs,
      telemetry: false,
      ...(url
        ? {
            host: url.hostname,
            port: url.port,
            protocol: url.protocol.replace(':', '') as 'http' | 'https',
          }
        : {}),
    })
    clients.set(options, client)
  }
  return client
}

/** Where Stripe's payment page sends the client back. */
export function stripeReturnUrl(payload: Pick<Payload, 'config'>): string {
  const { options } = commerceOf(payload)
  return options.stripe.returnUrl ?? options.publicUrl ?? 'https://t.me'
}
