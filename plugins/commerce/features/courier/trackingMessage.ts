import type { OutboxMessage } from '@commerce/outbox/enqueue'
import type { Order } from '@payload-types'
import { relationId } from '@/shared/relationId'

/** The client told where to follow their courier, in the order of their other notices. */
export function trackingMessage(
  order: Pick<Order, 'id' | 'number' | 'client'>,
  url: string,
): OutboxMessage {
  const client = relationId(order.client)
  return {
    topic: 'courier.tracking',
    body: { client, order: order.id, number: order.number, url, sequence: `client:${client}` },
  }
}
