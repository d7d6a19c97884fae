import { postgresRunCoordinator } from '@commerce/scheduler/runCoordinator'
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { calendarDateIn, timeOfDayIn } from '@/domain/calendarDate'
import { clientOf, recordTransaction, settleOrder } from './ledger'
import { stripeClient } from './stripeClient'

const DAY_MS = 24 * 60 * 60 * 1000
/** Quiet hours, in the business's time zone. */
const RECONCILE_AT = '03:00'

export interface Reconciliation {
  settled: number
  failed: number
  stillOpen: number
  /** Sessions Stripe could not give back this time: tried again the next night. */
  unread: number
}

/**
 * Card payments left `pending` for more than a day (a webhook lost, a server down) are read again
 * from Stripe and settled: paid, or failed once the link has expired.
 */
export async function reconcilePendingPayments(
  payload: Payload,
  stripe: Stripe,
  now = new Date(),
): Promise<Reconciliation> {
  const { docs } = await payload.find({
    collection: 'transactions',
    where: {
      provider: { equals: 'stripe' },
      kind: { equals: 'payment' },
      status: { equals: 'pending' },
      createdAt: { less_than: new Date(now.getTime() - DAY_MS).toISOString() },
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const result: Reconciliation = { settled: 0, failed: 0, stillOpen: 0, unread: 0 }
  for (const payment of docs) {
    // One session Stripe cannot give back now (gone, a timeout) must not hold up the others.
    const session = await stripe.checkout.sessions
      .retrieve(payment.externalId!)
      .catch((error: unknown) => {
        payload.logger.warn(
          { err: error, transaction: payment.id },
          'stripe reconciliation: could not read the Checkout Session',
        )
        return null
      })
    if (!session) {
      result.unread++
      continue
    }
    const paid = session.payment_status === 'paid'
    // A completed session not yet paid is a delayed method (bank debit) still under way.
    const over =
      session.status === 'expired' ||
      (session.status === 'open' && session.expires_at * 1000 < now.getTime())
    if (!paid && !over) {
      result.stillOpen++
      continue
    }
    const order = Number(typeof payment.order === 'object' ? payment.order?.id : payment.order)
    await recordTransaction(payload, {
      order,
      client: clientOf({ client: payment.client! }),
      provider: 'stripe',
      kind: 'payment',
      status: paid ? 'succeeded' : 'failed',
      amount: session.amount_total ?? payment.amount,
      externalId: session.id,
      reference:
        typeof session.payment_intent === 'string'
          ? session.payment_intent
          : (session.payment_intent?.id ?? null),
    })
    await settleOrder(payload, order)
    result[paid ? 'settled' : 'failed']++
  }
  return result
}

/** Once a day, after quiet hours begin, on one server: the run key decides which. */
export async function reconcileIfDue(
  payload: Payload,
  now = new Date(),
): Promise<Reconciliation | 'not-due' | 'already-done' | 'off'> {
  const stripe = stripeClient(payload)
  if (!stripe) return 'off'
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const timeZone = settings.timezone || 'Asia/Tashkent'
  if (timeOfDayIn(now, timeZone) < RECONCILE_AT) return 'not-due'
  const key = `stripe-reconcile:${calendarDateIn(now, timeZone)}`
  const coordinator = postgresRunCoordinator(payload)
  if (!(await coordinator.shouldRun(key, 30 * 60_000))) return 'already-done'
  const result = await reconcilePendingPayments(payload, stripe, now)
  await coordinator.onComplete(key)
  return result
}
