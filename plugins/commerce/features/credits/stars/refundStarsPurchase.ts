import { commerceOf } from '@commerce/feature'
import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import { Api, GrammyError } from 'grammy'
import type { PayloadRequest } from 'payload'
import { passShortened, refundCheck } from '@/domain/credits'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { SYSTEM_ENTRY } from '../ledger/applyEntry'
import { ensureWallet } from '../ledger/ensureWallet'
import type { Gift, StarsRecord } from './recordStarsPayment'
import { refusals, StarsRefundRefused } from './refundRefused'

interface Purchase {
  id: number
  provider: string
  kind: string
  status: string | null
  client: number | null
  charge: string | null
  amount: number
  raw: { tandir?: StarsRecord } | null
  telegramId: number | null
}

// Telegram's answer when the Stars were returned already: by an earlier attempt of ours whose
// database transaction then rolled back, so the retry must finish the job instead of refusing.
const ALREADY_REFUNDED = 'CHARGE_ALREADY_REFUNDED'

/** How long Telegram may take to answer, while the wallet's row stays locked (grammY's default is 500 s). */
const REFUND_TIMEOUT_SECONDS = 10

/**
 * Refunds a Telegram Stars purchase from the admin: takes back what it gave (its credits, only
 * while the balance still holds them; its pass's hours; its premium unlock), then asks Telegram to
 * return the Stars, and marks the transaction refunded, all in one database transaction holding
 * the purchase's row. Telegram refusing or not answering rolls everything back; Telegram saying
 * the Stars were returned already lets the refund finish; a second refund waits for the first
 * and finds it refunded.
 */
export async function refundStarsPurchase(req: PayloadRequest, id: number) {
  const { token, apiRoot } = commerceOf(req.payload).options.telegram
  if (!token) throw new StarsRefundRefused(503, refusals.botOff)
  const api = new Api(token, { apiRoot, timeoutSeconds: REFUND_TIMEOUT_SECONDS })
  return inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    const { rows } = await db.execute<Purchase>(sql`
      select t.id, t.provider, t.kind, t.status, t.client_id as client, t.external_id as charge,
             t.amount::float8 as amount, t.raw, c.telegram_id::float8 as "telegramId"
        from transactions t left join clients c on c.id = t.client_id
       where t.id = ${id} for update of t`)
    const purchase = rows[0]
    if (!purchase) throw new StarsRefundRefused(404, refusals.unknown(String(id)))
    if (
      purchase.provider !== 'telegram_stars' ||
      purchase.kind !== 'credit_purchase' ||
      !purchase.charge
    )
      throw new StarsRefundRefused(400, refusals.notStars)
    if (purchase.status === 'refunded') throw new StarsRefundRefused(409, refusals.alreadyRefunded)
    if (purchase.status !== 'succeeded')
      throw new StarsRefundRefused(409, refusals.notSucceeded(String(purchase.status)))
    const record = purchase.raw?.tandir
    const payer = record?.payer ?? purchase.telegramId
    const gift = record ? record.gift : await creditsInLedger(req, purchase)
    if (gift && purchase.client !== null)
      await takeBack(req, { ...purchase, client: purchase.client, charge: purchase.charge }, gift)
    try {
      await api.refundStarPayment(Number(payer), purchase.charge)
    } catch (error) {
      if (error instanceof GrammyError && error.description.includes(ALREADY_REFUNDED))
        req.payload.logger.warn(
          { transaction: id, charge: purchase.charge },
          'telegram stars: the Stars were returned already; the refund is finished here',
        )
      else if (error instanceof GrammyError && error.error_code < 500)
        throw new StarsRefundRefused(409, refusals.telegramRefused(error.description))
      else {
        req.payload.logger.error({ err: error }, 'telegram stars: refund not answered')
        throw new StarsRefundRefused(502, refusals.telegramDown)
      }
    }
    const refunded = await req.payload.update({
      collection: 'transactions',
      id,
      data: { status: 'refunded' },
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (purchase.client !== null)
      await enqueue(
        req.payload,
        'credits.stars_refunded',
        { client: purchase.client, stars: purchase.amount, sequence: `client:${purchase.client}` },
        req,
      )
    return refunded
  })
}

/**
 * What a purchase recorded without our note gave (written by hand, or by the demo seed): the
 * credits its ledger entries added.
 */
async function creditsInLedger(req: PayloadRequest, purchase: Purchase): Promise<Gift | null> {
  const db = await transactionDatabase(req)
  const { rows } = await db.execute<{ credits: number; reason: string | null }>(sql`
    select coalesce(sum(amount), 0)::float8 as credits, max(reason) as reason from ledger_entries
     where transaction_id = ${purchase.id} and kind = 'purchase'`)
  const { credits, reason } = rows[0] ?? { credits: 0, reason: null }
  return credits > 0 ? { kind: 'credits', id: 0, name: reason ?? '', credits } : null
}

/** Takes back what the purchase gave, in the refund's transaction, the wallet's row locked. */
async function takeBack(
  req: PayloadRequest,
  purchase: { id: number; client: number; charge: string },
  gift: Gift,
) {
  const db = await transactionDatabase(req)
  if (gift.kind === 'premium') {
    await req.payload.delete({
      collection: 'unlocks',
      where: { and: [{ client: { equals: purchase.client } }, { content: { equals: gift.id } }] },
      overrideAccess: true,
      req,
    })
    return
  }
  await ensureWallet(db, purchase.client)
  const { rows } = await db.execute<{ balance: number; until: string | null }>(sql`
    select balance::float8 as balance, pass_until as until from wallets
     where client_id = ${purchase.client} for update`)
  const wallet = rows[0]
  let amount = 0
  if (gift.kind === 'credits') {
    const check = refundCheck(gift.credits, wallet.balance)
    if (!check.ok)
      throw new StarsRefundRefused(409, refusals.balanceTooLow(gift.credits, check.balance))
    amount = -check.takeBack
  } else {
    const until = passShortened(wallet.until, gift.hours, new Date())
    if (until)
      await db.execute(sql`
        update wallets set pass_until = ${until.toISOString()}::timestamptz, updated_at = now()
         where client_id = ${purchase.client}`)
  }
  await req.payload.create({
    collection: 'ledger-entries',
    data: {
      client: purchase.client,
      kind: 'refund',
      source: 'telegram_stars',
      amount,
      reason: gift.kind === 'pass' ? `${gift.name} (${gift.hours} h)` : gift.name,
      key: `refund:${purchase.charge}`,
      transaction: purchase.id,
      actor: req.user?.id,
    },
    overrideAccess: true,
    depth: 0,
    context: { [SYSTEM_ENTRY]: true },
    req,
  })
}
