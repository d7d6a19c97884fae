import type { Translated } from './languages'
import type { OrderStatus } from './orderWorkflow'

/** A product's stock in one warehouse: what may still be ordered and what orders hold. */
export interface StockLevel {
  available: number
  reserved: number
}

/** What one order holds of one product, and where. */
export interface StockHold {
  product: number
  warehouse: string
  quantity: number
}

/** What an order does to the stock it holds, once. */
export type StockMove = 'release' | 'consume'

/**
 * The reservation rule (`reserveSet` and `canReserve` in src/shared/db/stockFragments.ts are its
 * twin): a line of `quantity` moves from available to reserved only when all of it is there, so
 * available never goes below zero; otherwise nothing changes and the order is refused.
 */
export function reserve(level: StockLevel, quantity: number): StockLevel | null {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) return null
  if (level.available < quantity) return null
  return { available: level.available - quantity, reserved: level.reserved + quantity }
}

/** A cancelled order gives its hold back to available (`releaseSet` in SQL). */
export function release(level: StockLevel, quantity: number): StockLevel {
  const back = Math.min(quantity, level.reserved)
  return { available: level.available + back, reserved: level.reserved - back }
}

/** A delivered or given order takes its hold out of the warehouse for good (`consumeSet` in SQL). */
export function consume(level: StockLevel, quantity: number): StockLevel {
  return { available: level.available, reserved: Math.max(level.reserved - quantity, 0) }
}

/** What a status change does to the order's hold: cancelling releases it, handing over consumes it. */
export function stockMoveOf(
  from: OrderStatus | null | undefined,
  to: OrderStatus,
): StockMove | null {
  if (from === to) return null
  if (to === 'cancelled') return 'release'
  if (to === 'delivered' || to === 'given') return 'consume'
  return null
}

/**
 * Whether editing an order's lines moves its hold: the quantities per product differ and the
 * order is one whose hold is still live (not cancelled, delivered or given).
 */
export function holdFollowsLines(
  status: OrderStatus | null | undefined,
  before: ReadonlyMap<number, number>,
  after: ReadonlyMap<number, number>,
): boolean {
  if (status === 'cancelled' || status === 'delivered' || status === 'given') return false
  if (before.size !== after.size) return true
  for (const [product, quantity] of after) if (before.get(product) !== quantity) return true
  return false
}

/** An order's lines as one quantity per product, in the order they first appear. */
export function quantitiesByProduct(
  lines: { product: number | null | undefined; quantity: number | null | undefined }[],
): Map<number, number> {
  const byProduct = new Map<number, number>()
  for (const { product, quantity } of lines) {
    if (typeof product !== 'number' || typeof quantity !== 'number' || quantity <= 0) continue
    byProduct.set(product, (byProduct.get(product) ?? 0) + quantity)
  }
  return byProduct
}

/**
 * A product's stock for the catalogs: null is a product nobody counts (made to order, always
 * offered), a number is what all warehouses have left.
 */
export const isOutOfStock = (stockAvailable: number | null | undefined): boolean =>
  typeof stockAvailable === 'number' && stockAvailable <= 0

/** The refusal of a line the warehouses cannot cover, for the orders collection. */
export const notEnoughStock = (product: string, available: number): Translated => ({
  ru: `Товара «${product}» недостаточно на складе: доступно ${available}. Уменьшите количество или выберите другой товар.`,
  uz: `«${product}» omborda yetarli emas: ${available} ta mavjud. Miqdorni kamaytiring yoki boshqa mahsulot tanlang.`,
  en: `Not enough of "${product}" in stock: ${available} available. Order fewer or choose another product.`,
})
