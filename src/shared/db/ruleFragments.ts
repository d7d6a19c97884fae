import { sql } from '@payloadcms/db-postgres'

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
