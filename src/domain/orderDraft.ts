import type { DateRules } from './deliveryDates'

import { multiplyMoney, sumMoney } from './money'
import { quantitySchema } from './validators'

/** A product as the client is offered it: their own price and the product's minimum. */
export interface OfferedProduct {
  id: number
  name: string
  unit: string
  price: number
  minQuantity: number
  /** What the warehouses have left; null or absent when the product is not stock-tracked. */
  stockAvailable?: number | null
}

export interface DraftLine {
  product: number
  name: string
  unit: string
  quantity: number
  unitPrice: number
}

export type Fulfillment = 'delivery' | 'pickup'

/** What the shop's settings said when the draft was started; the order is checked again when placed. */
export interface DraftRules extends DateRules {
  minOrderAmount: number
  /** The client's delivery address (or legal one), offered with one tap. */
  profileAddress: string | null
}

/**
 * An order the client is putting together in the bot, kept between updates. Buttons carry their
 * own meaning (a category, a product, a day), so only a typed answer needs to know what was
 * asked: `awaiting`. A choice left `undefined` has not been made yet; a comment or address of
 * `null` was skipped.
 */
export interface OrderDraft {
  lines: DraftLine[]
  awaiting: 'quantity' | 'comment' | 'address' | null
  /** The product whose quantity is being asked. */
  product?: OfferedProduct
  comment?: string | null
  fulfillment?: Fulfillment
  deliveryDate?: string
  address?: string | null
  rules: DraftRules
  /** When it was last saved (ms since the epoch), set by the store. */
  savedAt?: number
}

export const MAX_COMMENT = 500
export const MAX_ADDRESS = 300

/** After this long without a change, a typed message is no longer taken as an answer to the draft. */
const QUIET_AFTER_MS = 15 * 60_000

/** The draft was left alone long enough that a message means something else (support, the help). */
export function isLeftAlone(draft: Pick<OrderDraft, 'savedAt'>, now = Date.now()): boolean {
  return now - (draft.savedAt ?? 0) > QUIET_AFTER_MS
}

export function newDraft(rules: DraftRules, lines: DraftLine[] = []): OrderDraft {
  return { lines, awaiting: null, rules }
}

export function draftTotal(draft: Pick<OrderDraft, 'lines'>): number {
  return sumMoney(draft.lines.map((line) => multiplyMoney(line.quantity, line.unitPrice)))
}

export function belowMinimum(draft: OrderDraft): boolean {
  return draftTotal(draft) < draft.rules.minOrderAmount
}

/** Lines chosen and the minimum reached: the client may go on from the products to the rest. */
export function canFinish(draft: OrderDraft): boolean {
  return draft.lines.length > 0 && !belowMinimum(draft)
}

/** A typed quantity: digits only (spaces allowed), within the product's minimum and the global maximum. */
export function parseQuantity(text: string | undefined, min: number): number | null {
  const digits = text?.replace(/\s/g, '') ?? ''
  const quantity = quantitySchema.safeParse(/^\d+$/.test(digits) ? Number(digits) : Number.NaN)
  return quantity.success && quantity.data >= min ? quantity.data : null
}

/** A line of `quantity` of `product`, at the price the client is offered. */
function lineOf(product: OfferedProduct, quantity: number): DraftLine {
  return {
    product: product.id,
    name: product.name,
    unit: product.unit,
    quantity,
    unitPrice: product.price,
  }
}

/** The draft with a line of `quantity` of `product` added; nothing is awaited any more. */
export function withQuantity(
  draft: OrderDraft,
  product: OfferedProduct,
  quantity: number,
): OrderDraft {
  return {
    ...draft,
    lines: [...draft.lines, lineOf(product, quantity)],
    product: undefined,
    awaiting: null,
  }
}

/** An earlier order's products that are still sold, at today's prices and minimums. */
export function repeatedLines(
  offered: OfferedProduct[],
  earlier: { product: number; quantity: number }[],
): DraftLine[] {
  return earlier.flatMap(({ product: id, quantity }) => {
    const product = offered.find((candidate) => candidate.id === id)
    return product ? [lineOf(product, Math.max(quantity, product.minQuantity))] : []
  })
}

export type CompleteDraft = OrderDraft & {
  fulfillment: Fulfillment
  deliveryDate: string
  comment: string | null
  address: string | null
}

/** Everything an order needs is chosen: the summary can be shown and confirmed. */
export function isComplete(draft: OrderDraft): draft is CompleteDraft {
  return (
    draft.lines.length > 0 &&
    draft.comment !== undefined &&
    draft.fulfillment !== undefined &&
    draft.deliveryDate !== undefined &&
    (draft.fulfillment === 'pickup' || typeof draft.address === 'string')
  )
}

/**
 * A short fingerprint of what the summary shows, carried by its Confirm button: a Confirm pressed
 * under an older summary (the client went back and changed something) cannot place an order the
 * client did not see. FNV-1a: a check against mistakes, not against an adversary, who could only
 * place their own order.
 */
export function summaryFingerprint(draft: CompleteDraft): string {
  const shown = JSON.stringify([
    draft.lines.map((line) => [line.product, line.quantity, line.unitPrice]),
    draft.comment,
    draft.fulfillment,
    draft.deliveryDate,
    draft.fulfillment === 'delivery' ? draft.address : null,
  ])
  let hash = 0x811c9dc5
  for (let i = 0; i < shown.length; i++) hash = Math.imul(hash ^ shown.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}
