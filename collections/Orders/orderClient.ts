import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Client } from '../../payload-types'

import { transactionDatabase } from '../transactionDatabase'

export type OrderClient = Pick<Client, 'id' | 'name' | 'deliveryAddress' | 'legalAddress'>

/**
 * The order's client as the order hooks need it, read once per operation in plain SQL: several
 * hooks ask, and an order write is on the bot's hot path, where Payload's query builder cost more
 * CPU than the query.
 */
export function orderClient(req: PayloadRequest, id: number): Promise<OrderClient | null> {
  const cache = (req.context.orderClients ??= new Map()) as Map<number, Promise<OrderClient | null>>
  let found = cache.get(id)
  if (!found) {
    found = transactionDatabase(req)
      .then((db) =>
        db.execute<OrderClient>(sql`
          select id, name, delivery_address as "deliveryAddress", legal_address as "legalAddress" from clients where id = ${id}`),
      )
      .then(({ rows }) => rows[0] ?? null)
    cache.set(id, found)
  }
  return found
}
