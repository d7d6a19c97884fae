import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import type { SuccessfulPayment, User } from 'grammy/types'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { packageCredits, passExtended } from '@/domain/credits'
import { paidAsInvoiced, readOfferPayload } from '@/domain/starsOffer'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { SYSTEM_ENTRY } from '../ledger/applyEntry'
import { ensureWallet } from '../ledger/ensureWallet'
import { currentItem, type StarsItem } from './offers'
import { payerClient } from './payerClient'

/** What a Stars purchase gave, kept in its transaction's `raw.tandir` for a refund to take back. */
export type Gift =
  | { kind: 'credits'; id: number; name: string; credits: number }
  | { kind: 'pass'; id: number; name: string; hours: number }
  | { kind: 'premium'; id: number; name: string; media: number | null }

/** What the transaction's `raw` holds besides Telegram's payment: who paid and what they got. */
export interface StarsRecord {
  payer: number
  gift: Gift | null
}

export type RecordedPayment =
  | { replay: true }
  | { replay: false; unmatched: true; stars: number }
  | { replay: false; unmatched: false; gift: Gift; balance: number; passUntil: Date | null }

/** Why a payment gave nothing: the staff are told and may refund it. */
type Unmatched = 'unknown' | 'owned' | 'price_changed'

/** The transaction's note for a payment that gave nothing, as staff read it in the admin. */
const NOTES: Record<Unmatched, string> = {
  unknown: 'unknown offer',
  owned: 'already unlocked',
  price_changed: 'price changed',
}

const giftOf = (item: StarsItem): Gift => {
  if (item.kind === 'credits')
    return {
      kind: 'credits',
      id: item.id,
      name: item.name,
      credits: packageCredits({ credits: item.credits ?? 0, bonus: item.bonus }),
    }
  if (item.kind === 'pass')
    return { kind: 'pass', id: item.id, name: item.name, hours: item.hours ?? 0 }
  return { kind: 'premium', id: item.id, name: item.name, media: item.media ?? null }
}

/**
 * A `successful_payment` in Telegram Stars, recorded and applied once per charge id in one
 * database transaction: the `transactions` row, then what it bought (credits in the ledger, a
 * pass on the wallet, premium content unlocked). The charge is locked first, so a replay (or the
 * same update on two servers) finds the row and changes nothing. A payment that matches no offer,
 * paid another price than the item's, or bought content already unlocked (two invoices paid at
 * once) is kept, noted, and the staff are alerted.
 */
export async function recordStarsPayment(
  payload: Payload,
  from: User,
  payment: SuccessfulPayment,
): Promise<RecordedPayment> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    const charge = payment.telegram_payment_charge_id
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`telegram_stars:${charge}`}))`)
    const { rows } = await db.execute<{ id: number }>(
      sql`select id from transactions where provider = 'telegram_stars' and external_id = ${charge}`,
    )
    if (rows[0]) return { replay: true }
    const client = await payerClient(req, from)
    const offer = readOfferPayload(payment.invoice_payload)
    const item = offer && (await currentItem(db, offer.kind, offer.id))
    let problem: Unmatched | null = offer && item ? null : 'unknown'
    const paid = { currency: payment.currency, total: payment.total_amount }
    if (offer && item && !paidAsInvoiced(offer, item, paid)) problem = 'price_changed'
    if (!problem && item?.kind === 'premium') {
      const owned = await db.execute(
        sql`select 1 from unlocks where client_id = ${client} and content_id = ${item.id}`,
      )
      if (owned.rows.length) problem = 'owned'
    }
    const gift = item && !problem ? giftOf(item) : null
    const record: StarsRecord = { payer: from.id, gift }
    const transaction = await payload.create({
      collection: 'transactions',
      data: {
        provider: 'telegram_stars',
        kind: 'credit_purchase',
        status: 'succeeded',
        currency: 'XTR',
        amount: payment.total_amount,
        externalId: charge,
        client,
        note: problem ? NOTES[problem] : gift?.name,
        raw: { ...payment, tandir: record },
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (gift) {
      const applied = await applyGift(req, { client, transaction: transaction.id, charge, gift })
      if (applied) return { replay: false, unmatched: false, gift, ...applied }
      // Another payment for the same content unlocked it first: this one is kept, flagged.
      problem = 'owned'
      await payload.update({
        collection: 'transactions',
        id: transaction.id,
        data: { note: NOTES.owned, raw: { ...payment, tandir: { ...record, gift: null } } },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
    await enqueue(
      payload,
      'credits.stars_unmatched',
      {
        client,
        transaction: transaction.id,
        charge,
        stars: payment.total_amount,
        problem,
        invoicePayload: payment.invoice_payload,
      },
      req,
    )
    return { replay: false, unmatched: true, stars: payment.total_amount }
  })
}

interface Purchase {
  client: number
  transaction: number
  charge: string
  gift: Gift
}

/**
 * Gives what was bought, in the payment's transaction; returns the balance and pass after, or
 * null when the content was unlocked already by another payment.
 */
async function applyGift(
  req: PayloadRequest,
  { client, transaction, charge, gift }: Purchase,
): Promise<{ balance: number; passUntil: Date | null } | null> {
  const db = await transactionDatabase(req)
  let passUntil: Date | null = null
  if (gift.kind === 'premium') {
    // Two invoices for the same content paid at once both pass the check above: the unique
    // (client, content) index decides, and the loser must not roll its payment back.
    const { rows } = await db.execute<{ id: number }>(sql`
      insert into unlocks (client_id, content_id, transaction_id)
      values (${client}, ${gift.id}, ${transaction})
      on conflict (client_id, content_id) do nothing returning id`)
    if (!rows[0]) return null
  }
  if (gift.kind === 'pass') {
    await ensureWallet(db, client)
    const { rows } = await db.execute<{ until: string | null }>(
      sql`select pass_until as until from wallets where client_id = ${client} for update`,
    )
    passUntil = passExtended(rows[0]?.until, gift.hours, new Date())
    await db.execute(
      sql`update wallets set pass_until = ${passUntil.toISOString()}::timestamptz, updated_at = now() where client_id = ${client}`,
    )
  }
  const entry =
    gift.kind === 'premium'
      ? null
      : await req.payload.create({
          collection: 'ledger-entries',
          data: {
            client,
            kind: gift.kind === 'credits' ? 'purchase' : 'pass',
            source: 'telegram_stars',
            amount: gift.kind === 'credits' ? gift.credits : 0,
            reason: gift.kind === 'pass' ? `${gift.name} (${gift.hours} h)` : gift.name,
            key: `stars:${charge}`,
            transaction,
          },
          overrideAccess: true,
          depth: 0,
          context: { [SYSTEM_ENTRY]: true },
          req,
        })
  const balance =
    entry?.balanceAfter ??
    Number(
      (
        await db.execute<{ balance: number }>(
          sql`select balance::float8 as balance from wallets where client_id = ${client}`,
        )
      ).rows[0]?.balance ?? 0,
    )
  return { balance: Number(balance), passUntil }
}
