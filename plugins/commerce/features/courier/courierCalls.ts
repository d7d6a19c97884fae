import { IntegrationError } from '@commerce/integrations/integrationError'
import { enqueueAll } from '@commerce/outbox/enqueue'
import type { Client, Order } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { type DeliveryStatus, deliveryStatusAfter, isFinalDelivery } from '@/domain/courier'
import { inTransaction } from '@/shared/db/inTransaction'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import type { CourierApi } from './courierApi'
import type { CreateDeliveryRequest, DeliveryAnswer } from './courierContract'
import { trackingMessage } from './trackingMessage'

interface StoredDelivery {
  id: number
  status: DeliveryStatus
  external_id: string | null
  tracking_url: string | null
}

const deliveryRow = async (payload: Payload, order: number) =>
  (
    await sqlDatabase(payload).execute<StoredDelivery>(
      sql`select id, status, external_id, tracking_url from deliveries where order_id = ${order}`,
    )
  ).rows[0] ?? null

/** The key of the order's delivery request: the courier makes one delivery per key. */
const requestKey = (orderId: number) => `order-${orderId}`

/** What the courier is asked to deliver for an order (with its client, depth 1). */
function deliveryRequest(order: Order): CreateDeliveryRequest {
  const client = typeof order.client === 'object' ? (order.client as Client) : null
  return {
    reference: String(order.id),
    number: order.number ?? order.id,
    deliverOn: order.deliveryDate?.slice(0, 10) ?? null,
    dropoff: {
      address: order.deliveryAddress ?? client?.deliveryAddress ?? '',
      contactName: client?.contactName ?? client?.name ?? '',
      phone: client?.phone ?? '',
    },
    value: order.total ?? 0,
    currency: order.currency ?? 'UZS',
    note: order.comment ?? null,
  }
}

/**
 * The courier's word that it has no such delivery: a cancel answered 404, or the request repeated
 * for its id refused (it never took the order and will not now). Not a bad key or a conflict.
 */
const courierHasNone = (error: unknown, repeat: boolean) =>
  error instanceof IntegrationError &&
  !error.retryable &&
  (error.status === 404 ||
    (repeat && error.status !== undefined && [400, 404, 410, 422].includes(error.status)))

/**
 * Asks the courier for the order's delivery, keyed by the order so that a repeat (a lost answer,
 * a retry from the dead letters) makes one delivery. Nothing is asked for an order cancelled
 * meanwhile or a delivery the courier already has.
 */
export async function requestDelivery(payload: Payload, api: CourierApi, orderId: number) {
  const delivery = await deliveryRow(payload, orderId)
  if (!delivery || delivery.external_id) return
  const order = (await payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 1,
    overrideAccess: true,
  })) as Order
  if (order.status === 'cancelled') return
  const answer = await api.createDelivery(deliveryRequest(order), requestKey(order.id))
  await recordAnswer(payload, order, answer)
}

/**
 * Cancels the order's delivery at the courier (one already delivered or failed is left). Without
 * its id (the request's answer was lost and the call parked) the courier may still have made the
 * delivery under the order's key: the same request again answers with that delivery, which is then
 * cancelled. One the courier refuses or has not is cancelled here only.
 */
export async function cancelDelivery(payload: Payload, api: CourierApi, orderId: number) {
  const delivery = await deliveryRow(payload, orderId)
  if (!delivery || isFinalDelivery(delivery.status)) return
  const order = (await payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 1,
    overrideAccess: true,
  })) as Order
  const answer = await cancelAtCourier(api, order, delivery.external_id)
  await recordAnswer(payload, order, answer ?? { id: '', status: 'cancelled', tracking_url: null })
}

/** The courier's answer to the cancel, or null when it has no such delivery. */
async function cancelAtCourier(
  api: CourierApi,
  order: Order,
  externalId: string | null,
): Promise<DeliveryAnswer | null> {
  let id = externalId
  if (!id) {
    try {
      id = (await api.createDelivery(deliveryRequest(order), requestKey(order.id))).id
    } catch (error) {
      if (courierHasNone(error, true)) return null
      throw error
    }
  }
  try {
    return await api.cancelDelivery(id, `cancel-order-${order.id}`)
  } catch (error) {
    if (courierHasNone(error, false)) return null
    throw error
  }
}

/**
 * Writes what the courier answered, under the delivery's lock (its webhook may be writing too):
 * the id once, the status only forward, and a new tracking link told to the client.
 */
async function recordAnswer(payload: Payload, order: Order, answer: DeliveryAnswer) {
  const req = await createLocalReq({ context: { actor: 'system' } }, payload)
  await inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    const { rows } = await db.execute<StoredDelivery>(
      sql`select id, status, external_id, tracking_url from deliveries where order_id = ${order.id} for update`,
    )
    const delivery = rows[0]
    if (!delivery) return
    const url = answer.tracking_url ?? null
    const newLink = url !== null && url !== delivery.tracking_url && order.status !== 'cancelled'
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: {
        status: deliveryStatusAfter(delivery.status, answer.status),
        ...(delivery.external_id || !answer.id ? {} : { externalId: answer.id }),
        ...(newLink ? { trackingUrl: url } : {}),
      },
      depth: 0,
      req,
    })
    if (newLink) await enqueueAll(payload, [trackingMessage(order, url)], req)
  })
}
