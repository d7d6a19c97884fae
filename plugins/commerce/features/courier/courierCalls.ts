import { enqueueAll } from '@commerce/outbox/enqueue'
import type { Client, Order } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { type DeliveryStatus, deliveryStatusAfter, isFinalDelivery } from '@/domain/courier'
import { inTransaction } from '@/shared/db/inTransaction'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import type { CourierApi } from './courierApi'
import type { DeliveryAnswer } from './courierContract'
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
  const client = typeof order.client === 'object' ? (order.client as Client) : null
  const answer = await api.createDelivery(
    {
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
    },
    `order-${order.id}`,
  )
  await recordAnswer(payload, order, answer)
}

/**
 * Cancels the order's delivery at the courier (one already delivered or failed is left); one the
 * courier never took is cancelled here only.
 */
export async function cancelDelivery(payload: Payload, api: CourierApi, orderId: number) {
  const delivery = await deliveryRow(payload, orderId)
  if (!delivery || isFinalDelivery(delivery.status)) return
  const answer = delivery.external_id
    ? await api.cancelDelivery(delivery.external_id, `cancel-order-${orderId}`)
    : null
  const order = (await payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 0,
    overrideAccess: true,
  })) as Order
  await recordAnswer(payload, order, answer ?? { id: '', status: 'cancelled', tracking_url: null })
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
