import { isCalendarDate } from './calendarDate'
import { sumMoney } from './money'
import { isFinalStatus, ORDER_STATUSES, type OrderStatus } from './orderWorkflow'
import { leftToPay } from './payments'

/*
 * Money owed: what clients still have to pay for what they already received. The SQL that sums it
 * for speed (the clients' balances, the receivables view) restates these rules in
 * src/shared/db/ruleFragments.ts; tests/integration/receivablesRule.test.ts holds the two to the
 * same answers.
 */

/** Orders the client has in hand: the end of either workflow, short of being cancelled. */
export const HANDED_OVER_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter(
  (status) => isFinalStatus(status) && status !== 'cancelled',
)

/** What an order's debt is read from: its stored status and money. */
export interface OwedOrder {
  status?: string | null
  paymentStatus?: string | null
  total?: number | null
  amountPaid?: number | null
}

/**
 * What the client owes on an order: nothing until it is handed over (bread still in the oven is
 * not a debt), then what is left to pay (`leftToPay`: a refund is not asked for again, a disputed
 * order asks for nothing).
 */
export function amountOwed(order: OwedOrder): number {
  if (!HANDED_OVER_STATUSES.includes(order.status as OrderStatus)) return 0
  return leftToPay(order)
}

export const isOwed = (order: OwedOrder): boolean => amountOwed(order) > 0

/** A client's balance: the sum owed on all their orders. */
export function balanceOf(orders: readonly OwedOrder[]): number {
  return sumMoney(orders.map(amountOwed))
}

/** How long a debt has waited, in the usual steps of a receivables report. */
export const AGEING_BUCKETS = ['days0to30', 'days31to60', 'over60'] as const
export type AgeingBucket = (typeof AGEING_BUCKETS)[number]

/** The last day of age in each bucket but the last. */
export const AGEING_LIMITS = { days0to30: 30, days31to60: 60 } as const

/**
 * The calendar day an order was handed over: its delivery date, a day stored at 12:00 UTC and
 * so read as the UTC day; null when it has none.
 */
export function deliveryDayOf(deliveryDate: string | null | undefined): string | null {
  if (!deliveryDate) return null
  const instant = new Date(deliveryDate)
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString().slice(0, 10)
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `from` is later. */
export function daysBetween(from: string, to: string): number {
  if (!isCalendarDate(from) || !isCalendarDate(to))
    throw new RangeError(`Not calendar days: ${from}, ${to}`)
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * Which bucket a debt falls in on `today` (the business's day, Asia/Tashkent), counted from the
 * delivery day: day 0 to 30 is current, 31 to 60 is late, later is over 60. A delivery dated
 * ahead of today counts as current; one with no date is treated as the oldest, to be chased.
 */
export function ageingBucketOf(deliveryDay: string | null, today: string): AgeingBucket {
  if (deliveryDay === null) return 'over60'
  const age = daysBetween(deliveryDay, today)
  if (age <= AGEING_LIMITS.days0to30) return 'days0to30'
  if (age <= AGEING_LIMITS.days31to60) return 'days31to60'
  return 'over60'
}

export type AgeingAmounts = Record<AgeingBucket, number>

export const noAgeing = (): AgeingAmounts => ({ days0to30: 0, days31to60: 0, over60: 0 })

/** One client's debts, as the receivables view lists them. */
export interface ClientReceivable {
  clientId: number
  name: string | null
  phone: string | null
  /** Orders with something owed. */
  orders: number
  /** Tiyin: the client's whole debt, the sum of the buckets. */
  total: number
  buckets: AgeingAmounts
}

export interface ReceivablesTotals {
  clients: number
  orders: number
  total: number
  buckets: AgeingAmounts
}

/** The client list's order: who owes most first; equal debts by id, so the list never shuffles. */
export function byAmountOwed(a: ClientReceivable, b: ClientReceivable): number {
  return b.total - a.total || a.clientId - b.clientId
}

/** The totals row: every client's debts added up, bucket by bucket. */
export function receivablesTotals(clients: readonly ClientReceivable[]): ReceivablesTotals {
  const buckets = noAgeing()
  for (const bucket of AGEING_BUCKETS)
    buckets[bucket] = sumMoney(clients.map((client) => client.buckets[bucket]))
  return {
    clients: clients.length,
    orders: clients.reduce((sum, client) => sum + client.orders, 0),
    total: sumMoney(clients.map((client) => client.total)),
    buckets,
  }
}

/** An order as the receivables are worked out from it. */
export interface ReceivableOrder extends OwedOrder {
  client: number
  deliveryDate?: string | null
}

/**
 * The receivables from the orders themselves, client by client: the rule the database's one
 * aggregate query restates for speed. Clients owing nothing are left out.
 */
export function receivablesOf(
  orders: readonly ReceivableOrder[],
  clients: ReadonlyMap<number, { name: string | null; phone: string | null }>,
  today: string,
): ClientReceivable[] {
  const byClient = new Map<number, ClientReceivable>()
  for (const order of orders) {
    const owed = amountOwed(order)
    if (owed === 0) continue
    let entry = byClient.get(order.client)
    if (!entry) {
      const client = clients.get(order.client)
      entry = {
        clientId: order.client,
        name: client?.name ?? null,
        phone: client?.phone ?? null,
        orders: 0,
        total: 0,
        buckets: noAgeing(),
      }
      byClient.set(order.client, entry)
    }
    entry.orders++
    entry.total = sumMoney([entry.total, owed])
    const bucket = ageingBucketOf(deliveryDayOf(order.deliveryDate), today)
    entry.buckets[bucket] = sumMoney([entry.buckets[bucket], owed])
  }
  return [...byClient.values()].sort(byAmountOwed)
}
