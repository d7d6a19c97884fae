import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { ensureWallet } from '../ledger/ensureWallet'

/** The client's Stripe customer kept on their wallet, or null before their first card purchase. */
export async function storedCustomer(payload: Payload, client: number): Promise<string | null> {
  const { rows } = await sqlDatabase(payload).execute<{ customer: string | null }>(
    sql`select stripe_customer as customer from wallets where client_id = ${client}`,
  )
  return rows[0]?.customer ?? null
}

/**
 * The client's Stripe customer, made on first use. The idempotency key names the client, so two
 * presses at once make one customer; the first one stored is kept.
 */
export async function ensureCustomer(
  payload: Payload,
  stripe: Stripe,
  client: { id: number; name?: string | null },
): Promise<string> {
  const known = await storedCustomer(payload, client.id)
  if (known) return known
  const customer = await stripe.customers.create(
    { name: client.name ?? undefined, metadata: { client: String(client.id) } },
    { idempotencyKey: `customer:client:${client.id}` },
  )
  const db = sqlDatabase(payload)
  await ensureWallet(db, client.id)
  const { rows } = await db.execute<{ customer: string }>(sql`
    update wallets set stripe_customer = coalesce(stripe_customer, ${customer.id}), updated_at = now()
     where client_id = ${client.id}
    returning stripe_customer as customer`)
  return rows[0].customer
}

/** The card saved for the customer's off-session charges (the newest), or null. */
export async function savedCard(stripe: Stripe, customer: string): Promise<string | null> {
  const cards = await stripe.customers.listPaymentMethods(customer, { type: 'card', limit: 1 })
  return cards.data[0]?.id ?? null
}
