import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'

import type { Order } from '../../../payload-types'

import { type PricedProduct, priceOrderLines, type RequestedLine } from '../../../src/domain/pricing'
import { relationId } from '../../relationId'
import { transactionDatabase } from '../../transactionDatabase'
import { orderClient } from '../orderClient'

type Line = NonNullable<Order['items']>[number]

/**
 * Prices come from the server: the client's negotiated price, else the base price, copied into
 * each line when the order is written. Whatever prices a caller sends are ignored.
 */
export const snapshotPrices: CollectionBeforeChangeHook<Order> = async ({ data, operation, originalDoc, req }) => {
  const lines = data.items ?? originalDoc?.items ?? []
  if (operation === 'update' && originalDoc) {
    const clientChanged = data.client !== undefined && relationId(data.client) !== relationId(originalDoc.client)
    if (!clientChanged && sameLines(lines, originalDoc.items)) {
      return { ...data, items: originalDoc.items, total: originalDoc.total }
    }
    // Once staff have accepted the order, what was ordered and for whom is settled.
    if (originalDoc.status !== 'new') {
      throw refuse(clientChanged ? 'client' : 'items', 'The client and the lines can only be changed while the order is new')
    }
  }
  const clientId = relationId(data.client ?? originalDoc?.client)
  if (clientId === null || !(await orderClient(req, clientId))) throw refuse('client', 'Choose an existing client')

  const requested: RequestedLine[] = lines.map((line) => ({
    product: relationId(line.product),
    quantity: line.quantity,
  }))
  const productIds = [...new Set(requested.map((line) => line.product).filter((id): id is number => id !== null))]
  const { products, negotiatedPrices } = await loadCatalog(req, clientId, productIds)
  const priced = priceOrderLines(requested, products, { negotiatedPrices })
  if (!priced.ok) {
    throw new ValidationError({
      collection: 'orders',
      errors: priced.problems.map(({ index, field, message }) => ({
        path: index < 0 ? 'items' : `items.${index}.${field}`,
        message,
      })),
    })
  }
  const items = priced.items.map((line, index) => ({ ...line, product: Number(line.product), id: lines[index]?.id }))
  return { ...data, items, total: priced.total }
}

function sameLines(next: Line[] | null | undefined, previous: Line[] | null | undefined): boolean {
  const key = (lines: Line[] | null | undefined) =>
    JSON.stringify((lines ?? []).map((line) => [relationId(line.product), Number(line.quantity)]))
  return key(next) === key(previous)
}

/** The lines' products and the client's prices for them, in one query on the request's transaction. */
async function loadCatalog(req: PayloadRequest, client: number, ids: number[]) {
  const products = new Map<string, PricedProduct>()
  const negotiatedPrices = new Map<string, number>()
  if (ids.length === 0) return { products, negotiatedPrices }
  const db = await transactionDatabase(req)
  const { rows } = await db.execute<PricedProduct & { negotiated: number | null }>(sql`
    select p.id, p.name, p.price::float8 as price, p.active, p.min_quantity::float8 as "minQuantity", p.unit,
           cp.price::float8 as negotiated
      from products p left join client_prices cp on cp.product_id = p.id and cp.client_id = ${client}
     where p.id in ${ids}`)
  for (const { negotiated, ...product } of rows) {
    products.set(String(product.id), product)
    if (negotiated !== null) negotiatedPrices.set(String(product.id), negotiated)
  }
  return { products, negotiatedPrices }
}

function refuse(path: string, message: string): ValidationError {
  return new ValidationError({ collection: 'orders', errors: [{ path, message }] })
}
