import { commerceOf } from '@commerce/feature'
import type { Payload } from 'payload'
import { ONLINE_PROVIDERS, type OnlineProvider } from './providerSettings'
import { clickProvider, type PaymentProvider, paymeProvider } from './providers'
import { stripeClient } from './stripeClient'

/** Whether the server has what `name` needs to take money (its keys in `.env`). */
export function providerConfigured(payload: Payload, name: OnlineProvider): boolean {
  const { payme, click } = commerceOf(payload).options
  if (name === 'stripe') return Boolean(stripeClient(payload))
  if (name === 'payme') return Boolean(payme.key && payme.merchantId)
  return Boolean(click.serviceId && click.merchantId && click.secretKey)
}

/** The providers a client may choose from: enabled by the manager and configured on the server. */
export async function onlineProviders(payload: Payload): Promise<OnlineProvider[]> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const enabled = settings.paymentProviders
  const chosen = enabled?.length ? enabled : ONLINE_PROVIDERS
  return ONLINE_PROVIDERS.filter(
    (name) => (chosen as readonly string[]).includes(name) && providerConfigured(payload, name),
  )
}

/** The adapter of a local provider that calls us back (Payme, Click). */
export function callbackProvider(payload: Payload, name: 'payme' | 'click'): PaymentProvider {
  const { payme, click } = commerceOf(payload).options
  return name === 'payme'
    ? paymeProvider({ merchantId: payme.merchantId!, checkoutUrl: payme.checkoutUrl })
    : clickProvider({ serviceId: click.serviceId!, merchantId: click.merchantId! })
}
