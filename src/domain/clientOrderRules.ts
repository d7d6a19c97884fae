import { formatMoney } from './money'

/** What decides whether a client may place an order themselves (bot, Mini App, any channel). */
export interface ClientOrder {
  client: { status?: string | null } | null
  /** The ordered products as the catalog has them now. */
  products: readonly { name: string; active?: boolean | null; categoryActive?: boolean | null }[]
  total: number
  /** The settings' minimum order amount in minor units; null or 0 for none. */
  minOrderAmount: number | null
}

/**
 * Why an order was refused, as a code with its values: each channel says it in the person's
 * language (the bot from its Fluent files); `refusalMessage` says it in English for the API.
 */
export type OrderRefusal =
  | { code: 'client-blocked'; path: 'client' }
  | { code: 'client-pending'; path: 'client' }
  | { code: 'not-on-sale'; path: 'items'; product: string }
  | { code: 'below-minimum'; path: 'items'; minimum: number; total: number }
  | { code: 'day-not-offered'; path: 'deliveryDate' }

export type ClientOrderRefusal = Exclude<OrderRefusal, { path: 'deliveryDate' }>

/** The refusal in English, as the API and the admin panel answer it. */
export function refusalMessage(refusal: OrderRefusal): string {
  switch (refusal.code) {
    case 'client-blocked':
      return 'This client may no longer order: ask the bakery'
    case 'client-pending':
      return 'This client is waiting for approval and cannot order yet'
    case 'not-on-sale':
      return `${refusal.product} is not on sale`
    case 'below-minimum':
      return `The minimum order is ${formatMoney(refusal.minimum)}; this one is ${formatMoney(refusal.total)}`
    case 'day-not-offered':
      return 'That day can no longer be chosen'
  }
}

/**
 * The rules an order passes when the client is the one placing it; staff may take an order
 * outside them (a phone order below the minimum, a product kept back from the catalog).
 */
export function clientOrderRefusal({
  client,
  products,
  total,
  minOrderAmount,
}: ClientOrder): ClientOrderRefusal | null {
  if (client?.status === 'blocked') return { code: 'client-blocked', path: 'client' }
  if (client?.status !== 'active') return { code: 'client-pending', path: 'client' }
  const unsold = products.find((product) => !isSellable(product))
  if (unsold) return { code: 'not-on-sale', path: 'items', product: unsold.name }
  if (minOrderAmount && total < minOrderAmount)
    return { code: 'below-minimum', path: 'items', minimum: minOrderAmount, total }
  return null
}

/** A product a client may order: itself and its category on sale. */
export function isSellable(product: {
  active?: boolean | null
  categoryActive?: boolean | null
}): boolean {
  return product.active !== false && product.categoryActive !== false
}
