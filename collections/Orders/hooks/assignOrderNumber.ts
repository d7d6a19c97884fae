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
  if (operation !== 'create') {
    return { ...data, number: originalDoc?.number, title: originalDoc?.title }
  }
  const db = await transactionDatabase(req)
  const { rows } = await db.execute<{ n: string }>(sql`select nextval('orders_number_seq') as n`)
  const number = Number(rows[0].n)
  const clientId = relationId(data.client)
  const client = clientId ? await orderClient(req, clientId) : null
  return { ...data, number, title: client ? `#${number} · ${client.name}` : `#${number}` }
}
