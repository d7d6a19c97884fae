import type { CollectionAfterChangeHook } from 'payload'

import type { Order } from '../../../../payload-types'

import { enqueue } from '../enqueue'

/**
 * New orders and every move also go into the client's support topic (when they have one), after
 * their messages there, so staff read the client's whole story in one thread.
 */
export const queueSupportStory: CollectionAfterChangeHook<Order> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc?.status === doc.status) return doc
  const client = typeof doc.client === 'object' ? doc.client?.id : doc.client
  await enqueue(req.payload, 'support.story', { kind: 'status', client, order: doc.id, number: doc.number, to: doc.status, total: doc.total, sequence: `support:${client}` }, req)
  return doc
}
