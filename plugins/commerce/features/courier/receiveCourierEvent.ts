import { enqueueAll, type OutboxMessage } from '@commerce/outbox/enqueue'
import type { Order } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest, ValidationError } from 'payload'
import {
  type DeliveryStatus,
  deliveryStatusAfter,
  orderMovesFor,
  staffAttention,
} from '@/domain/courier'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import type { CourierEvent } from './courierContract'
import type { EventOutcome } from './labels'
import { trackingMessage } from './trackingMessage'

export type CourierReceipt = EventOutcome | 'duplicate' | 'unknown'

interface StoredDelivery {
  id: number
  order_id: number
  status: DeliveryStatus
  external_id: string | null
  tracking_url: string | null
}

/**
 * Applies a courier event once, in one transaction with its record: a replay finds the record and
 * changes nothing. The order is moved through the Local API as the system, so its workflow hook
 * decides; when it refuses, that transaction is rolled back whole (Payload ends it with the
 * error) and the event is recorded again, as a conflict for staff, with the order untouched.
 */
export async function receiveCourierEvent(
  payload: Payload,
  event: CourierEvent,
): Promise<CourierReceipt> {
  try {
    return await inFreshTransaction(payload, (req) => applyEvent(req, event, null))
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return inFreshTransaction(payload, (req) => applyEvent(req, event, error.message))
  }
}

async function inFreshTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>) {
  const req = await createLocalReq({ context: { actor: 'system' } }, payload)
  return inTransaction(req, () => work(req))
}

/** The delivery an event names, locked: by the courier's id, or by our order before we knew it. */
async function lockDelivery(req: PayloadRequest, event: CourierEvent) {
  const db = await transactionDatabase(req)
  const reference = event.data.reference
  const orderId = reference && /^\d{1,9}$/.test(reference) ? Number(reference) : null
  const { rows } = await db.execute<StoredDelivery>(sql`
    select id, order_id, status, external_id, tracking_url from deliveries
     where external_id = ${event.data.delivery_id}
        or (external_id is null and order_id = ${orderId})
     order by (external_id = ${event.data.delivery_id}) desc nulls last
     limit 1
       for update`)
  return rows[0] ?? null
}

async function applyEvent(
  req: PayloadRequest,
  event: CourierEvent,
  refusal: string | null,
): Promise<CourierReceipt> {
  const { payload } = req
  const delivery = await lockDelivery(req, event)
  if (!delivery) return 'unknown'
  const db = await transactionDatabase(req)
  const reported = event.data.status
  // Claimed under the delivery's lock, so a replay arriving meanwhile waits and finds it.
  const claimed = await db.execute(sql`
    insert into courier_events (event_id, delivery_id, reported, outcome, occurred_at, payload)
    values (${event.id}, ${delivery.id}, ${reported}, 'unchanged', ${event.created_at},
            ${JSON.stringify(event)}::jsonb)
    on conflict (event_id) do nothing
    returning id`)
  if (claimed.rows.length === 0) return 'duplicate'

  let order = (await payload.findByID({
    collection: 'orders',
    id: delivery.order_id,
    depth: 0,
    req,
  })) as Order
  const moves = refusal ? [] : orderMovesFor(stateOf(order), reported)
  for (const status of moves)
    order = (await payload.update({
      collection: 'orders',
      id: order.id,
      data: { status },
      depth: 0,
      req,
    })) as Order

  const status = deliveryStatusAfter(delivery.status, reported)
  const url = event.data.tracking_url ?? null
  const newLink = url !== null && url !== delivery.tracking_url
  const outcome: EventOutcome = refusal
    ? 'conflict'
    : moves.length || newLink || status !== delivery.status
      ? 'applied'
      : 'unchanged'
  const note = refusal ? refusalNote(reported, order, refusal) : null
  await payload.update({
    collection: 'deliveries',
    id: delivery.id,
    data: {
      status,
      lastEventAt: new Date().toISOString(),
      ...(delivery.external_id ? {} : { externalId: event.data.delivery_id }),
      ...(newLink ? { trackingUrl: url } : {}),
      ...(note ? { conflict: true, conflictNote: note } : {}),
    },
    depth: 0,
    req,
  })
  await db.execute(
    sql`update courier_events set outcome = ${outcome}, note = ${note}, updated_at = now() where id = ${claimed.rows[0].id}`,
  )

  const messages: OutboxMessage[] = []
  if (newLink) messages.push(trackingMessage(order, url))
  const why = staffAttention(reported, stateOf(order), refusal !== null)
  if (why)
    messages.push({
      topic: 'courier.attention',
      body: {
        why,
        order: order.id,
        number: order.number,
        delivery: delivery.id,
        reported,
        orderStatus: order.status,
      },
    })
  await enqueueAll(payload, messages, req)
  return outcome
}

const stateOf = (order: Order) => ({
  status: order.status ?? 'new',
  fulfillment: order.fulfillment,
})

/** What staff read on the delivery: the courier's report and the workflow's refusal. */
const refusalNote = (reported: DeliveryStatus, order: Order, refusal: string) =>
  `${new Date().toISOString()}: the courier reported "${reported}" for order #${order.number} (${order.status}); refused: ${refusal}`.slice(
    0,
    1000,
  )
