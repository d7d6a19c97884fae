import type { PayloadRequest } from 'payload'
import { clickStillHolds } from '@/domain/click'
import { isExpired, PAYME_STATE } from '@/domain/payme'

/**
 * "One open payment per order" across Payme and Click: each provider's first call asks, under the
 * order's lock, whether the other one has a payment under way, so the client is never charged
 * twice for one order by two wallets at once.
 */

/** Whether Payme holds a created (state 1) transaction for the order that has not timed out. */
export async function paymeOpenFor(req: PayloadRequest, orderId: number, now = Date.now()) {
  const { docs } = await req.payload.find({
    collection: 'payme-transactions',
    where: { order: { equals: orderId }, state: { equals: PAYME_STATE.created } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // A timed-out one is cancelled the next time Payme touches it: it takes no money any more.
  return docs.some((tx) => !isExpired(tx.createTime ?? 0, now))
}

/** Whether Click has prepared a payment for the order, neither completed nor cancelled, that still holds it. */
export async function clickOpenFor(req: PayloadRequest, orderId: number, now = Date.now()) {
  const { docs } = await req.payload.find({
    collection: 'click-transactions',
    where: { order: { equals: orderId }, state: { equals: 'prepared' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.some((tx) => clickStillHolds(Date.parse(tx.createdAt), now))
}
