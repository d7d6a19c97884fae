import type { CollectionAfterChangeHook } from 'payload'

import type { Order } from '../../../../payload-types'

import { enqueue } from '../enqueue'

/**
 * A new order is posted to the staff chat as a card; every later move edits that card, so the
 * chat always shows where each order stands. A press on the card edits it itself and says so
 * in `context.staffCardEdited`.
 */
export const queueOrderCard: CollectionAfterChangeHook<Order> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc?.status === doc.status) return doc
  if (req.context?.staffCardEdited) return doc
  await enqueue(req.payload, 'staff.order_card', { order: doc.id, sequence: `card:${doc.id}` }, req)
  return doc
}
