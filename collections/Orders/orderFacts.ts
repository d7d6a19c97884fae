import type { Client, Order } from '@payload-types'

import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook } from 'payload'

import { type DateRules, dateRulesFrom } from '@/domain/deliveryDates'
import type { PricedProduct, RequestedLine } from '@/domain/pricing'
import {
  orderingRulesValue,
  type SavedOrderingRules,
  unsavedOrderingRules,
} from '@/shared/db/orderingRules'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { relationId } from '@/shared/relationId'

export type OrderWrite = Parameters<CollectionBeforeChangeHook<Order>>[0]

/** One rule an order write passes; the rules run in turn over the same facts (`prepareOrder`). */
export type OrderStep = (
  write: OrderWrite,
  facts: OrderFacts,
) => Partial<Order> | Promise<Partial<Order>>

export type OrderClient = Pick<
  Client,
  'id' | 'name' | 'deliveryAddress' | 'legalAddress' | 'status'
>

/** A product as the order rules see it: its price and whether it and its category are on sale. */
export type OrderProduct = PricedProduct & { categoryActive: boolean | null }

type Line = NonNullable<Order['items']>[number]

/** What an order write's rules need to know beyond the write itself, read once for all of them. */
export interface OrderFacts {
  /** The client is being changed on an existing order. */
  clientChanged: boolean
  /** The lines must be priced again: a new order, or its client or lines changed. */
  repricing: boolean
  requested: RequestedLine[]
  /**
   * The order's client, read when repricing: the price list, the title and the default delivery
   * address use it. Null when there is no such client.
   */
  client: OrderClient | null
  /** The requested lines' products, and the client's own prices for them, read when repricing. */
  products: Map<string, OrderProduct>
  negotiatedPrices: Map<string, number>
  /** The ordering rules, read when the write sets a delivery date other than the stored one; null otherwise. */
  rules: DateRules | null
  /** The settings' minimum order amount, read with the rules. */
  minOrderAmount: number | null
  /** A new number from the sequence, drawn when the order has none yet. */
  number: number | null
  /**
   * An update's order as it is now, its row locked for the rest of the write: what Payload read
   * before may be stale (a payment settled meanwhile, another person's move).
   */
  stored: StoredOrder | null
}

export type StoredOrder = Pick<Order, 'status' | 'paymentStatus' | 'amountPaid' | 'amountRefunded'>

interface Read {
  client: OrderClient | null
  products: PricedProductRow[] | null
  rules: SavedOrderingRules | null
  number: string | null
  stored: StoredOrder | null
}

/**
 * Reads what the order rules need in one statement on the write's transaction: placing an order
 * from the bot is a hot path, and every separate read was a round trip inside the transaction.
 * A write that only moves the status reads (and locks) the stored order alone.
 */
export async function readOrderFacts({
  data,
  operation,
  originalDoc,
  req,
}: OrderWrite): Promise<OrderFacts> {
  const clientId = relationId(data.client ?? originalDoc?.client)
  const clientChanged =
    operation === 'update' &&
    data.client !== undefined &&
    clientId !== relationId(originalDoc?.client)
  const lines = data.items ?? originalDoc?.items ?? []
  const repricing =
    operation === 'create' || !originalDoc || clientChanged || !sameLines(lines, originalDoc.items)
  const requested = clientChanged
    ? lines.map(requestOf)
    : keepCopiedLines(lines, operation === 'update' ? originalDoc?.items : null)
  const productIds = [
    ...new Set(requested.map((line) => line.product).filter((id): id is number => id !== null)),
  ]
  // Payload fills an update's missing fields from the stored order: only a new date needs the rules.
  const wantsRules =
    data.deliveryDate !== undefined && data.deliveryDate !== originalDoc?.deliveryDate
  const wantsNumber = operation === 'create' || !originalDoc?.number
  const orderId = operation === 'update' && originalDoc ? originalDoc.id : null
  const facts: OrderFacts = {
    clientChanged,
    repricing,
    requested,
    client: null,
    products: new Map(),
    negotiatedPrices: new Map(),
    rules: null,
    minOrderAmount: null,
    number: null,
    stored: null,
  }
  if (!(repricing && clientId !== null) && !wantsRules && !wantsNumber && orderId === null)
    return facts

  const db = await transactionDatabase(req)
  const client = repricing ? clientId : null
  const { rows } = await db.execute<Read>(sql`
    select (select json_build_object('id', id, 'name', name, 'deliveryAddress', delivery_address, 'legalAddress', legal_address, 'status', status)
              from clients where id = ${client}) as client,
           (${pricedProductsOf(client, productIds)}) as products,
           case when ${wantsRules}::boolean then ${orderingRulesValue} end as rules,
           case when ${wantsNumber}::boolean then nextval('orders_number_seq') end as number,
           (select json_build_object('status', status, 'paymentStatus', payment_status, 'amountPaid', amount_paid::float8, 'amountRefunded', amount_refunded::float8)
              from orders where id = ${orderId} for update) as stored`)
  const read = rows[0]
  facts.client = read.client
  for (const { negotiated, ...product } of read.products ?? []) {
    facts.products.set(String(product.id), product)
    if (negotiated !== null) facts.negotiatedPrices.set(String(product.id), negotiated)
  }
  if (wantsRules) {
    const rules = read.rules ?? (await unsavedOrderingRules(req.payload, req))
    facts.rules = dateRulesFrom(rules)
    facts.minOrderAmount = rules.minOrderAmount
  }
  facts.number = read.number === null ? null : Number(read.number)
  facts.stored = read.stored
  return facts
}

/** A JSON array of the products asked for, with `client`'s own price for each (`negotiated`). */
export const pricedProductsOf = (client: number | null, productIds: number[]) => sql`
  select json_agg(json_build_object('id', p.id, 'name', p.name, 'price', p.price::float8, 'active', p.active, 'categoryActive', c.active,
                                    'minQuantity', p.min_quantity::float8, 'unit', p.unit, 'negotiated', cp.price::float8))
    from products p left join client_prices cp on cp.product_id = p.id and cp.client_id = ${client}
                    left join categories c on c.id = p.category_id
   where ${client}::int is not null and p.id = any(${sql.param(productIds)}::int[])`

/** A product as read by `pricedProductsOf`. */
export type PricedProductRow = OrderProduct & { negotiated: number | null }

const requestOf = (line: Line): RequestedLine => ({
  product: relationId(line.product),
  quantity: line.quantity,
})

/**
 * The lines as requested, each one already on the order keeping what was copied when it was
 * added: matched by its row id, else by its product (Payload gives rows sent without an id a
 * new one, and a line removed and added again is still the same bread at the same price).
 */
function keepCopiedLines(lines: Line[], stored: Line[] | null | undefined): RequestedLine[] {
  const left = (stored ?? []).filter((old) => old.unitPrice != null)
  const sent = new Set(lines.map((line) => line.id))
  return lines.map((line) => {
    const sameProduct = (old: Line) => relationId(old.product) === relationId(line.product)
    let at = left.findIndex((old) => old.id === line.id && sameProduct(old))
    // A row whose id the caller did not send again may be this one, sent without its id.
    if (at < 0) at = left.findIndex((old) => !sent.has(old.id) && sameProduct(old))
    if (at < 0) return requestOf(line)
    const [old] = left.splice(at, 1)
    return {
      ...requestOf(line),
      kept: {
        productName: old.productName ?? '',
        unit: old.unit ?? 'pcs',
        unitPrice: old.unitPrice!,
      },
    }
  })
}

function sameLines(next: Line[] | null | undefined, previous: Line[] | null | undefined): boolean {
  const key = (lines: Line[] | null | undefined) =>
    JSON.stringify((lines ?? []).map((line) => [relationId(line.product), Number(line.quantity)]))
  return key(next) === key(previous)
}
