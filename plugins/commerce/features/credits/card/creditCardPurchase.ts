import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { SYSTEM_ENTRY } from '../ledger/applyEntry'
import { ensureWallet } from '../ledger/ensureWallet'

export interface CardPurchase {
  client: number
  /** What was bought (the package's name when it was bought) and the credits it gives. */
  name: string
  credits: number
  /** Stripe's PaymentIntent: one purchase, credited once, whichever event or job tells of it. */
  paymentIntent: string
  amount: number
  currency: string
  raw: Record<string, unknown>
  /** Why this money gives nothing (it is not the price asked): recorded, flagged, no credits. */
  refused?: string
}

/**
 * Credits a paid card purchase exactly once: its `transactions` row (unique per provider id) and
 * its ledger entry are written together in one transaction, with the client's wallet locked first
 * so the webhook and the auto-recharge job telling of the same PaymentIntent take turns, and the
 * second finds the first's row. A success also resets the auto-recharge failures and closes any
 * auto-recharge still waiting for the client to confirm it. A refused purchase is only recorded,
 * flagged, once: `recorded` says whether this call wrote it.
 */
export async function creditCardPurchase(
  req: PayloadRequest,
  purchase: CardPurchase,
): Promise<{ credited: boolean; recorded: boolean }> {
  const { payload } = req
  const { client, name, credits, paymentIntent, amount, currency, raw, refused } = purchase
  return inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    await ensureWallet(db, client)
    await db.execute(sql`select id from wallets where client_id = ${client} for update`)
    const { docs } = await payload.find({
      collection: 'transactions',
      where: { provider: { equals: 'stripe' }, externalId: { equals: paymentIntent } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const earlier = docs[0]
    if (earlier && earlier.status !== 'pending') return { credited: false, recorded: false }
    const merged = {
      ...((earlier?.raw as Record<string, unknown>) ?? {}),
      ...raw,
      ...(refused ? { flagged: refused } : {}),
    }
    const data = {
      client,
      provider: 'stripe' as const,
      kind: 'credit_purchase' as const,
      status: 'succeeded' as const,
      amount,
      currency: currency.toUpperCase(),
      externalId: paymentIntent,
      note: refused ? `${name}: not credited, ${refused}` : name,
      raw: merged,
    }
    // A charge that waited for the client's confirmation and was confirmed on this same intent.
    const transaction = earlier
      ? await payload.update({
          collection: 'transactions',
          id: earlier.id,
          data: { status: 'succeeded', raw: merged, ...(refused ? { note: data.note } : {}) },
          overrideAccess: true,
          req,
        })
      : await payload.create({ collection: 'transactions', data, overrideAccess: true, req })
    if (refused) return { credited: false, recorded: true }
    const entry = await payload.create({
      collection: 'ledger-entries',
      data: {
        client,
        kind: 'purchase',
        amount: credits,
        source: 'stripe',
        key: `stripe:${paymentIntent}`,
        transaction: transaction.id,
        reason: name,
      },
      context: { [SYSTEM_ENTRY]: true },
      overrideAccess: true,
      req,
    })
    await db.execute(sql`
      update wallets set auto_recharge_failures = 0, updated_at = now() where client_id = ${client}`)
    await db.execute(sql`
      update transactions set status = 'failed', note = 'superseded by a card purchase', updated_at = now()
       where client_id = ${client} and provider = 'stripe' and kind = 'credit_purchase'
         and status = 'pending' and raw ? 'autoRecharge'`)
    await enqueue(
      payload,
      'credits.card_credited',
      { client, credits, balance: entry.balanceAfter ?? 0, sequence: `client:${client}` },
      req,
    )
    return { credited: true, recorded: true }
  })
}
