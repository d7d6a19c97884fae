import type { CollectionAfterChangeHook } from 'payload'

import type { Order } from '../../../../payload-types'

import { enqueue } from '../enqueue'

/**
 * Runs inside the order's transaction (Payload runs afterChange before commit), so the outbox
 * row and the status change are committed or rolled back together.
 */
export const queueStatusNotification: CollectionAfterChangeHook<Order> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : (previousDoc?.status ?? null)
  if (from === doc.status) return doc
  const client = typeof doc.client === 'object' ? doc.client?.id : doc.client
  await enqueue(req.payload, 'order.status_changed', { order: doc.id, number: doc.number, client, from, to: doc.status, total: doc.total, sequence: `client:${client}` }, req)
  return doc
}
