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

export type ClientOrderRefusal = { path: 'client' | 'items'; message: string }

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
  if (client?.status === 'blocked')
    return { path: 'client', message: 'This client may no longer order: ask the bakery' }
  if (client?.status !== 'active')
    return { path: 'client', message: 'This client is waiting for approval and cannot order yet' }
  const unsold = products.find((product) => !isSellable(product))
  if (unsold) return { path: 'items', message: `${unsold.name} is not on sale` }
  if (minOrderAmount && total < minOrderAmount) {
    return {
      path: 'items',
      message: `The minimum order is ${formatMoney(minOrderAmount)}; this one is ${formatMoney(total)}`,
    }
  }
  return null
}

/** A product a client may order: itself and its category on sale. */
export function isSellable(product: {
  active?: boolean | null
  categoryActive?: boolean | null
}): boolean {
  return product.active !== false && product.categoryActive !== false
}
