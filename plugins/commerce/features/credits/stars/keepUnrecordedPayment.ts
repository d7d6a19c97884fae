import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import type { SuccessfulPayment, User } from 'grammy/types'
import { createLocalReq, type Payload } from 'payload'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import type { StarsRecord } from './recordStarsPayment'

/**
 * The last resort for a Stars payment whose recording failed: the webhook answers Telegram 200
 * whatever happens, so Telegram never sends the payment again and the money would be lost from
 * our books. Keeps a bare flagged `transactions` row (giving nothing; staff may refund it) and
 * alerts the staff, in a fresh database transaction; plain SQL, so as few of the parts that just
 * failed as possible stand in the way. Returns false when the charge was recorded already.
 */
export async function keepUnrecordedPayment(
  payload: Payload,
  from: User,
  payment: SuccessfulPayment,
  error: unknown,
): Promise<boolean> {
  const charge = payment.telegram_payment_charge_id
  payload.logger.error({ err: error, charge }, 'telegram stars: payment not recorded; kept flagged')
  const reason = rootMessage(error).slice(0, 200)
  const record: StarsRecord = { payer: from.id, gift: null }
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    const { rows } = await db.execute<{ id: number; client: number | null }>(sql`
      insert into transactions (client_id, provider, kind, status, amount, currency, external_id, note, raw)
      values ((select id from clients where telegram_id = ${from.id} limit 1), 'telegram_stars',
              'credit_purchase', 'succeeded', ${payment.total_amount}, 'XTR', ${charge},
              ${`not recorded: ${reason}`}, ${JSON.stringify({ ...payment, tandir: record })}::jsonb)
      on conflict (provider, external_id) do nothing
      returning id, client_id as client`)
    const kept = rows[0]
    if (!kept) return false
    await enqueue(
      payload,
      'credits.stars_unmatched',
      {
        client: kept.client ?? undefined,
        transaction: kept.id,
        charge,
        stars: payment.total_amount,
        problem: 'failed',
        error: reason,
        invoicePayload: payment.invoice_payload,
      },
      req,
    )
    return true
  })
}

/** What went wrong in the end: a failed query's message names the query, its cause the reason. */
function rootMessage(error: unknown): string {
  let root = error
  while (root instanceof Error && root.cause instanceof Error) root = root.cause
  return root instanceof Error ? root.message : String(root)
}
