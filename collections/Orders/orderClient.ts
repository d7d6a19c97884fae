import type { PayloadRequest } from 'payload'

import type { Client } from '../../payload-types'

export type OrderClient = Pick<Client, 'id' | 'name' | 'deliveryAddress' | 'legalAddress'>

/**
 * The order's client as the order hooks need it, read once per operation: several hooks ask, and
 * an order write is on the bot's hot path.
 */
export function orderClient(req: PayloadRequest, id: number): Promise<OrderClient | null> {
  const cache = (req.context.orderClients ??= new Map()) as Map<number, Promise<OrderClient | null>>
  let found = cache.get(id)
  if (!found) {
    found = req.payload
      .find({
        collection: 'clients',
        where: { id: { equals: id } },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { name: true, deliveryAddress: true, legalAddress: true },
      })
      .then(({ docs }) => (docs[0] as OrderClient | undefined) ?? null)
    cache.set(id, found)
  }
  return found
}
