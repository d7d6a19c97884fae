import { sql } from '@payloadcms/db-postgres'
import { type CostedKind, costedKind } from '@/domain/credits'
import { AGEING_LIMITS, HANDED_OVER_STATUSES } from '@/domain/receivables'

/*
 * Domain rules restated in SQL, for the queries that filter or count in the database (the bot's
 * catalog on every /order, the acts over a client's whole history, the upsert of each support
 * message). Each names its twin in src/domain; tests/integration/ruleFragments.test.ts holds every
 * pair to the same answers on the same rows. `alias` is the query's name for the table.
 */

/** `isSellable` (src/domain/clientOrderRules.ts): the product and its category are on sale. */
export const sellable = (product: string, category: string) =>
  sql`(${sql.raw(product)}.active is not false and ${sql.raw(category)}.active is not false)`

/** `isCounted` (src/domain/payments.ts): money that changed hands, received or given back. */
export const counted = (movement: string) => {
  const m = sql.raw(movement)
  return sql`((${m}.kind = 'payment' and ${m}.status in ('succeeded', 'refunded')) or (${m}.kind = 'refund' and ${m}.status = 'succeeded'))`
}

/** `afterClientMessage` (src/domain/conversation.ts): the unread count once the client writes, in an upsert of `conversations`. */
export const unreadAfterClientMessage = sql`case when conversations.status = 'closed' then 1 else conversations.unread_count + 1 end`

/** `usualAddressOf` (src/domain/deliveryAddress.ts): the client's delivery address, else their legal one. */
export const usualAddress = (client: string) =>
  sql`coalesce(nullif(${sql.raw(client)}.delivery_address, ''), nullif(${sql.raw(client)}.legal_address, ''))`

const handedOver = sql.raw(`(${HANDED_OVER_STATUSES.map((status) => `'${status}'`).join(', ')})`)

/**
 * `isOwed` (src/domain/receivables.ts): a handed-over order with something left to pay. Written
 * with constants only, so the planner matches it to the partial index `orders_owed_idx` (whose
 * predicate, in the receivables migration, is this same text).
 */
export const owedOrder = (order: string) => {
  const o = sql.raw(order)
  return sql`(${o}.status in ${handedOver} and ${o}.payment_status is distinct from 'disputed' and coalesce(${o}.total, 0) > coalesce(${o}.amount_paid, 0))`
}

/**
 * `amountOwed` of an order the query already knows is owed (`owedOrder` in its where): reads only
 * the columns the owed-orders index holds, so the database answers from the index alone.
 */
export const owedLeft = (order: string) => {
  const o = sql.raw(order)
  return sql`(coalesce(${o}.total, 0) - coalesce(${o}.amount_paid, 0))`
}

/** `amountOwed` (src/domain/receivables.ts): what the client owes on the order, 0 when nothing. */
export const owedAmount = (order: string) =>
  sql`(case when ${owedOrder(order)} then ${owedLeft(order)} else 0 end)`

/**
 * `ageingBucketOf(deliveryDayOf(deliveryDate), today)` (src/domain/receivables.ts): the debt's
 * bucket on `today` (`YYYY-MM-DD`), counted from the delivery date's UTC day.
 */
export const ageingBucket = (order: string, today: string) => {
  const o = sql.raw(order)
  const age = sql`(${today}::date - (${o}.delivery_date at time zone 'UTC')::date)`
  return sql`(case when ${o}.delivery_date is null then 'over60'
    when ${age} <= ${sql.raw(String(AGEING_LIMITS.days0to30))} then 'days0to30'
    when ${age} <= ${sql.raw(String(AGEING_LIMITS.days31to60))} then 'days31to60' else 'over60' end)`
}

/**
 * `balanceAfter` (src/domain/credits.ts): a wallet's balance stays at or above zero after an entry
 * of `amount` (a number, or a column of the query such as a spend's cost).
 */
export const fitsBalance = (amount: number | ReturnType<typeof sql>) =>
  sql`(wallets.balance + ${typeof amount === 'number' ? sql`${amount}::int` : amount} >= 0)`

const COST_COLUMN: Record<CostedKind, string> = {
  text: 'cost_text',
  photo: 'cost_photo',
  voice: 'cost_voice',
  other: 'cost_other',
}

/** `messageCost` (src/domain/credits.ts): what a message of `kind` costs, read from the `settings` row. */
export const messageCostIn = (kind: string) =>
  sql`greatest(trunc(settings.${sql.raw(COST_COLUMN[costedKind(kind)])}), 0)::int`

/** `passActive` (src/domain/credits.ts): the wallet's pass still covers this moment (none does not). */
export const passCovers = sql`coalesce(wallets.pass_until > now(), false)`
