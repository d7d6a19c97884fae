import { enqueueAll, type OutboxMessage } from '@commerce/outbox/enqueue'

import type { Order } from '@payload-types'
import type { CollectionAfterChangeHook } from 'payload'
import { relationId } from '@/shared/relationId'

/**
 * A new order, and every move of one, is announced three ways: to the client in their language,
 * on the order's card in the staff chat (posted once, then edited), and in the client's support
 * topic after their messages, so staff read the whole story in one thread. It runs inside the
 * order's transaction (Payload runs afterChange before commit), so the messages and the move are
 * committed or rolled back together, in one write.
 */
export const announceOrderMove: CollectionAfterChangeHook<Order> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const from = operation === 'create' ? null : (previousDoc?.status ?? null)
  if (from === doc.status) return doc
  const client = relationId(doc.client)
  const messages: OutboxMessage[] = [
    {
      topic: 'order.status_changed',
      body: {
        order: doc.id,
        number: doc.number,
        client,
        from,
        to: doc.status,
        total: doc.total,
        sequence: `client:${client}`,
      },
    },
  ]
  // A press on the card edits the card itself, and says so.
  if (!req.context?.staffCardEdited)
    messages.push({
      topic: 'staff.order_card',
      body: { order: doc.id, sequence: `card:${doc.id}` },
    })
  messages.push({
    topic: 'support.story',
    body: {
      kind: 'status',
      client,
      order: doc.id,
      number: doc.number,
      to: doc.status,
      total: doc.total,
      sequence: `support:${client}`,
    },
  })
  await enqueueAll(req.payload, messages, req)
  return doc
}
