import { stripeClient } from '@commerce/stripeClient'
import type { CreditPackage } from '@payload-types'
import type { Payload, PayloadRequest } from 'payload'
import type Stripe from 'stripe'

/** Selling credits by card: on when the manager allows digital goods by card and Stripe is set up. */
export type CardSale =
  | { on: true; stripe: Stripe; currency: string; threshold: number }
  | { on: false; reason: 'setting' | 'stripe' }

export async function cardSale(payload: Payload, req?: PayloadRequest): Promise<CardSale> {
  const settings = await payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!settings.digitalGoodsByCard) return { on: false, reason: 'setting' }
  const stripe = stripeClient(payload)
  if (!stripe) return { on: false, reason: 'stripe' }
  return {
    on: true,
    stripe,
    currency: settings.currency || 'UZS',
    threshold: Number(settings.lowBalanceThreshold) || 0,
  }
}

/** A package sold by card: on sale and with a card price. */
export const soldByCard = (pkg: CreditPackage | null | undefined): pkg is CreditPackage =>
  !!pkg && pkg.active !== false && Number(pkg.priceCard) > 0

/** The packages a client can buy by card, smallest first. */
export async function cardPackages(payload: Payload): Promise<CreditPackage[]> {
  const { docs } = await payload.find({
    collection: 'credit-packages',
    where: { active: { not_equals: false }, priceCard: { greater_than: 0 } },
    sort: 'credits',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** A package by the id a button or Stripe's metadata carries, or null. */
export async function packageById(
  payload: Payload,
  id: unknown,
  req?: PayloadRequest,
): Promise<CreditPackage | null> {
  const value = String(id ?? '')
  if (!/^\d{1,9}$/.test(value)) return null
  return payload.findByID({
    collection: 'credit-packages',
    id: Number(value),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
}
