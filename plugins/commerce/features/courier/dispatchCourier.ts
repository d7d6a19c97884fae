import { commerceOf } from '@commerce/feature'
import { enqueue } from '@commerce/outbox/enqueue'
import type { Delivery, Order } from '@payload-types'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { shouldCancelDelivery, shouldRequestDelivery } from '@/domain/courier'

/** The outbox topics of courier calls; one sequence per order keeps a cancel after its request. */
export const REQUEST_TOPIC = 'courier.request'
export const CANCEL_TOPIC = 'courier.cancel'
export const callSequence = (orderId: number) => `courier:${orderId}`

/** Whether a courier service is configured: without one, orders are delivered by hand as before. */
export const courierOn = (req: Pick<PayloadRequest, 'payload'>) =>
  Boolean(commerceOf(req.payload).options.courier.apiUrl)

async function deliveryOf(req: PayloadRequest, order: number): Promise<Delivery | null> {
  const { docs } = await req.payload.find({
    collection: 'deliveries',
    where: { order: { equals: order } },
    limit: 1,
    pagination: false,
    depth: 0,
    req,
  })
  return docs[0] ?? null
}

/**
 * A delivery order ready to leave gets its delivery row and a request to the courier; a cancelled
 * one, a cancel of its live delivery. Both are written in the order's transaction: the calls
 * exist only if the move is committed, and the outbox makes them after.
 */
export const dispatchCourier: CollectionAfterChangeHook<Order> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !courierOn(req)) return doc
  const previous = previousDoc?.status ?? null
  if (previous === doc.status) return doc
  const order = { status: doc.status ?? 'new', fulfillment: doc.fulfillment }
  if (shouldRequestDelivery(order, previous)) {
    if (!(await deliveryOf(req, doc.id)))
      await req.payload.create({
        collection: 'deliveries',
        data: { order: doc.id, status: 'requested' },
        depth: 0,
        req,
      })
    await enqueue(
      req.payload,
      REQUEST_TOPIC,
      { order: doc.id, sequence: callSequence(doc.id) },
      req,
    )
  } else if (doc.status === 'cancelled') {
    const delivery = await deliveryOf(req, doc.id)
    if (shouldCancelDelivery(order, previous, delivery?.status ?? null))
      await enqueue(
        req.payload,
        CANCEL_TOPIC,
        { order: doc.id, sequence: callSequence(doc.id) },
        req,
      )
  }
  return doc
}
