import type { CollectionBeforeChangeHook } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { Order } from '../../../payload-types'

import { relationId } from '../../relationId'
import { orderClient } from '../orderClient'
import { transactionDatabase } from '../../transactionDatabase'

/**
 * Numbers come from a PostgreSQL sequence (created by the first migration): unique under any
 * concurrency without locking the table. A rolled-back order leaves a gap, which is acceptable
 * for an order number.
 */
export const assignOrderNumber: CollectionBeforeChangeHook<Order> = async ({ data, operation, originalDoc, req }) => {
  let number = originalDoc?.number
  if (operation === 'create' || !number) {
    const db = await transactionDatabase(req)
    const { rows } = await db.execute<{ n: string }>(sql`select nextval('orders_number_seq') as n`)
    number = Number(rows[0].n)
  }
  const clientId = relationId(data.client ?? originalDoc?.client)
  if (operation === 'update' && clientId === relationId(originalDoc?.client)) {
    return { ...data, number, title: originalDoc?.title }
  }
  // The title is what the admin list searches: "#1042 · Vostok Cafe" finds by number or by client.
  const client = clientId ? await orderClient(req, clientId) : null
  return { ...data, number, title: client ? `#${number} · ${client.name}` : `#${number}` }
}
