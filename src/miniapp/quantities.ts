import type { Product } from './api'
import type { Cart } from './cartStorage'

/** The least a line may hold: the product's minimum, at least one. */
export function leastOf(product: Pick<Product, 'minQuantity'>): number {
  return Math.max(1, product.minQuantity ?? 1)
}

/** One more of `product`, starting at its minimum. */
export function added(cart: Cart, product: Product): Cart {
  const now = cart[product.id] ?? 0
  return { ...cart, [product.id]: now ? now + 1 : leastOf(product) }
}

/** One fewer, or the line gone when it would fall below the minimum. */
export function removed(cart: Cart, product: Product): Cart {
  const next = (cart[product.id] ?? 0) - 1
  const { [product.id]: _, ...rest } = cart
  return next >= leastOf(product) ? { ...cart, [product.id]: next } : rest
}

export interface CartLine {
  product: Product
  quantity: number
  lineTotal: number
}

/** The cart's lines at the caller's prices, leaving out products the catalog no longer has. */
export function cartLines(cart: Cart, products: readonly Product[]): CartLine[] {
  const byId = new Map(products.map((product) => [product.id, product]))
  return Object.entries(cart).flatMap(([id, quantity]) => {
    const product = byId.get(Number(id))
    return product ? [{ product, quantity, lineTotal: product.price * quantity }] : []
  })
}

export const totalOf = (lines: readonly CartLine[]): number =>
  lines.reduce((sum, line) => sum + line.lineTotal, 0)
