import type { CollectionAfterChangeHook } from 'payload'

import type { Order } from '../../../../payload-types'

/**
 * Runs inside the order's transaction (Payload runs afterChange before commit), so the outbox
 * row and the status change are committed or rolled back together.
 */
export const queueStatusNotification: CollectionAfterChangeHook<Order> = async ({ doc, previousDoc, operation, req }) => {
  const from = operation === 'create' ? null : (previousDoc?.status ?? null)
  if (from === doc.status) return doc
  const client = typeof doc.client === 'object' ? doc.client?.id : doc.client
  // Straight to the adapter: an internal row with nothing to validate, written on every order change.
  await req.payload.db.create({
    collection: 'outbox',
    data: {
      topic: 'order.status_changed',
      payload: { order: doc.id, number: doc.number, client, from, to: doc.status },
      status: 'pending',
      attempts: 0,
      availableAt: new Date().toISOString(),
    },
    req,
    returning: false,
  })
  return doc
}
