import { enqueueAll } from '@commerce/outbox/enqueue'
import type { Order, Transaction } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { leftToPay, type MoneyMovement, orderMoneyOf, type PaymentStatus } from '@/domain/payments'
import { movementConflict, movesForward } from '@/domain/transactionMoves'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { relationId } from '@/shared/relationId'
import { PaymentRefused } from './paymentRefused'

export type TransactionData = Pick<Transaction, 'provider' | 'kind' | 'amount'> & {
  status: NonNullable<Transaction['status']>
} & Partial<Pick<Transaction, 'externalId' | 'reference' | 'note' | 'raw' | 'currency'>> & {
    order: number
    client: number
    recordedBy?: number | null
  }

/** The order's money movements, oldest first. */
export async function transactionsOf(
  payload: Payload,
  orderId: number,
  req?: PayloadRequest,
): Promise<Transaction[]> {
  const { docs } = await payload.find({
    collection: 'transactions',
    where: { order: { equals: orderId } },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
}

/**
 * Records a movement once: a second call with the same provider id is the same movement told
 * again, so a replayed event or a double click leaves one row. It may only add what happened
 * since (a status moves forward, never back); a reused id with other facts (another order, another
 * amount) is refused, never applied to the movement already recorded.
 */
export async function recordTransaction(
  payload: Payload,
  data: TransactionData,
  req?: PayloadRequest,
): Promise<Transaction> {
  if (data.externalId) {
    const { docs } = await payload.find({
      collection: 'transactions',
      where: { provider: { equals: data.provider }, externalId: { equals: data.externalId } },
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const existing = docs[0]
    if (existing) {
      const status = existing.status ?? 'pending'
      const conflict = movementConflict(
        { ...existing, order: relationId(existing.order), status },
        data,
      )
      if (conflict) {
        throw new PaymentRefused(
          {
            ru: 'Этот запрос уже использован для другой операции: ничего не изменено. Откройте форму заново, чтобы сделать новую.',
            uz: "Bu so'rov boshqa tranzaksiya uchun ishlatilgan: hech narsa o'zgarmadi. Yangisini qilish uchun formani qayta oching.",
            en: `This request id was already used for another ${existing.kind} (its ${conflict} differs): nothing was changed. Open the form again to make a new one.`,
          },
          409,
          'requestId',
        )
      }
      if (!movesForward(status, data.status) || status === data.status) return existing
      return payload.update({
        collection: 'transactions',
        id: existing.id,
        data: {
          status: data.status,
          amount: data.amount,
          reference: data.reference ?? existing.reference,
          raw: data.raw ?? existing.raw,
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
  }
  return payload.create({
    collection: 'transactions',
    data: { currency: 'UZS', ...data },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * Sets the order's payment status from all its movements and tells the client what changed. The
 * order row is locked first (in a transaction of its own when the caller has none), so two
 * events for one order settle one after the other and the client is told once.
 */
export async function settleOrder(
  payload: Payload,
  orderId: number,
  req?: PayloadRequest,
): Promise<PaymentStatus | null> {
  if (!req) {
    const own = await createLocalReq({}, payload)
    return inTransaction(own, () => settleOrder(payload, orderId, own))
  }
  await lockOrder(req, orderId)
  const order = await payload.findByID({
    collection: 'orders',
    id: orderId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!order) return null
  const movements = (await transactionsOf(payload, orderId, req)).map(
    (t): MoneyMovement => ({ kind: t.kind, status: t.status ?? 'pending', amount: t.amount }),
  )
  const money = orderMoneyOf(order.total ?? 0, movements)
  const next = money.paymentStatus
  if (
    next === order.paymentStatus &&
    money.amountPaid === order.amountPaid &&
    money.amountRefunded === order.amountRefunded
  )
    return next
  await payload.update({
    collection: 'orders',
    id: orderId,
    data: money,
    overrideAccess: true,
    depth: 0,
    context: { actor: 'system', settlingPayment: true },
    req,
  })
  if (next === order.paymentStatus) return next
  const client = clientOf(order)
  // A cancelled order whose card link closed owes nothing: no "press Pay to try again".
  const tellClient = !(order.status === 'cancelled' && (next === 'unpaid' || next === 'pending'))
  await enqueueAll(
    payload,
    [
      {
        topic: 'support.story',
        body: {
          kind: 'payment',
          client,
          order: orderId,
          number: order.number,
          to: next,
          sequence: `support:${client}`,
        },
      },
      ...(tellClient
        ? [
            {
              topic: 'payment.changed',
              body: {
                order: orderId,
                number: order.number,
                client,
                from: order.paymentStatus ?? 'unpaid',
                to: next,
                total: order.total,
                due: leftToPay({ ...order, ...money }),
                sequence: `client:${client}`,
              },
            },
          ]
        : []),
    ],
    req,
  )
  return next
}

export const clientOf = (order: Pick<Order, 'client'>): number => relationId(order.client)!

/** Holds the order row for the rest of the request's transaction. */
export async function lockOrder(req: PayloadRequest, orderId: number): Promise<void> {
  await (await transactionDatabase(req)).execute(
    sql`select id from orders where id = ${orderId} for update`,
  )
}
