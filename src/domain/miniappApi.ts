import { z } from 'zod'
import type { Language } from './languages'
import { MAX_ADDRESS, MAX_COMMENT } from './orderDraft'
import { MAX_ORDER_LINES } from './orderInput'
import type { Fulfillment, OrderSource, OrderStatus } from './orderWorkflow'
import type { PaymentStatus } from './payments'

/*
 * The Mini App's API (`/api/miniapp/*`) as the page and the server share it: what each call
 * answers and what `POST orders` takes. Every call carries `Authorization: tma <raw init data>`;
 * a refusal is `{ errors: [{ code, message, field? }] }` with the message in the caller's language.
 */

/** `GET /api/miniapp/me` */
export interface MiniappMe {
  telegram: { id: number; firstName: string; lastName: string | null; username: string | null }
  client: {
    id: number
    name: string
    kind: 'business' | 'individual'
    status: 'pending' | 'active' | 'blocked'
    language: Language
    /** The client's usual delivery address (their delivery address, else the legal one). */
    address: string | null
  }
  /** Null when the client may order; else why not, in their language. */
  refusal: { code: 'client-pending' | 'client-blocked'; message: string } | null
  ordering: {
    /** The days a delivery or pickup may be chosen for now, `YYYY-MM-DD`, earliest first. */
    days: string[]
    /** In minor units; 0 for none. */
    minOrderAmount: number
    currency: string
    /** Whether `POST orders/:id/pay` can make a card payment link. */
    cardPayments: boolean
  }
}

export interface MiniappProduct {
  id: number
  name: string
  category: number | null
  unit: string
  /** The caller's own price in minor units: their negotiated price, else the base price. */
  price: number
  basePrice: number
  negotiated: boolean
  minQuantity: number
  description: string | null
  /** What the warehouses have left; null when the product is not stock-tracked (always offered). */
  stockAvailable: number | null
  /** Null when the product has no photo (or the shop has no photo field). */
  photo: { url: string; sizes: Record<string, string> } | null
}

/** `GET /api/miniapp/catalog`: what is on sale, in the admin's order. */
export interface MiniappCatalog {
  categories: { id: number; name: string }[]
  products: MiniappProduct[]
  currency: string
}

export interface MiniappOrder {
  id: number
  number: number
  status: OrderStatus
  paymentStatus: PaymentStatus
  fulfillment: Fulfillment
  /** `YYYY-MM-DD` */
  deliveryDate: string
  deliveryAddress: string | null
  comment: string | null
  items: {
    product: number
    productName: string
    unit: string
    quantity: number
    unitPrice: number
    lineTotal: number
  }[]
  total: number
  leftToPay: number
  currency: string
  source: OrderSource | null
  createdAt: string
  /** Whether the client may still cancel it (only while `new`). */
  canCancel: boolean
  /** Whether something is left to pay on an order not cancelled. */
  canPay: boolean
}

/** `POST /api/miniapp/orders/:id/repeat`: the earlier order's lines still on sale, for the cart. */
export interface MiniappRepeat {
  items: { product: number; quantity: number }[]
  /** Names of the earlier lines no longer on sale. */
  unavailable: string[]
}

/** `POST /api/miniapp/orders/:id/pay` */
export interface MiniappPayment {
  url: string
  amount: number
  currency: string
}

const id = z.coerce.number({ error: 'product must be a product id' }).int().positive()

/** `POST /api/miniapp/orders`: no prices and no client; the server decides both. */
export const miniappOrderSchema = z.object({
  items: z
    .array(
      z.object({
        product: id,
        quantity: z.unknown(),
      }),
      { error: 'items must be a list of { product, quantity }' },
    )
    .min(1, 'empty-cart')
    .max(MAX_ORDER_LINES, 'too-many-lines'),
  fulfillment: z.enum(['delivery', 'pickup'], { error: 'fulfillment must be delivery or pickup' }),
  deliveryDate: z
    .string({ error: 'deliveryDate must be YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'deliveryDate must be YYYY-MM-DD'),
  deliveryAddress: z.string().trim().max(MAX_ADDRESS, 'address-too-long').nullish(),
  location: z
    .object({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
    })
    .nullish(),
  comment: z.string().trim().max(MAX_COMMENT, 'comment-too-long').nullish(),
})

export type MiniappOrderInput = z.infer<typeof miniappOrderSchema>

/**
 * The address staff read on the order card: what was typed, and the shared location as a map
 * link (the order has no coordinates field; a courier opens the link).
 */
export function deliveryAddressOf(input: Pick<MiniappOrderInput, 'deliveryAddress' | 'location'>) {
  const typed = input.deliveryAddress?.trim() || null
  if (!input.location) return typed
  const { latitude, longitude } = input.location
  const link = `https://maps.google.com/?q=${latitude.toFixed(6)},${longitude.toFixed(6)}`
  return typed ? `${typed}\n${link}` : link
}
