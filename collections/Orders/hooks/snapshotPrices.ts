import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { Order } from '../../../payload-types'

import { type PricedProduct, priceOrderLines, type RequestedLine } from '../../../src/domain/pricing'
import { relationId } from '../../relationId'
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
  const [products, negotiatedPrices] = await Promise.all([
    loadProducts(req, productIds),
    loadNegotiatedPrices(req, clientId, productIds),
  ])
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

async function loadProducts(req: PayloadRequest, ids: number[]): Promise<Map<string, PricedProduct>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'products',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true, price: true, active: true, minQuantity: true, unit: true },
  })
  return new Map(docs.map((product) => [String(product.id), product as PricedProduct]))
}

async function loadNegotiatedPrices(req: PayloadRequest, client: number, products: number[]): Promise<Map<string, number>> {
  if (products.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'client-prices',
    where: { and: [{ client: { equals: client } }, { product: { in: products } }] },
    limit: products.length,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { product: true, price: true },
  })
  return new Map(docs.map((row) => [String(relationId(row.product)), row.price]))
}

function refuse(path: string, message: string): ValidationError {
  return new ValidationError({ collection: 'orders', errors: [{ path, message }] })
}
