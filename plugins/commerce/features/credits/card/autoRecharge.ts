import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import type Stripe from 'stripe'
import {
  AUTO_RECHARGE_CONFIRM_MS,
  AUTO_RECHARGE_MAX_FAILURES,
  AUTO_RECHARGE_RETRY_MS,
  afterDeclinedRecharge,
  offSessionOutcome,
} from '@/domain/credits'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { cardSale, packageById, soldByCard } from './cardSale'
import { creditCardPurchase } from './creditCardPurchase'
import { creditsMetadata, packageCheckout } from './packageCheckout'
import { savedCard } from './stripeCustomer'

/** Wallets charged in one run at most; the rest wait for the next minute. */
const BATCH = 50

interface Due {
  wallet: number
  client: number
  package: number
  failures: number
  customer: string | null
  attempt: number
}

export type RechargeResult =
  | 'succeeded'
  | 'authentication_required'
  | 'declined'
  | 'turned_off'
  | 'unavailable'

export type AutoRechargeRun = 'cards-off' | { wallets: number; results: RechargeResult[] }

/**
 * Every minute: each wallet with auto-recharge on whose balance is below the threshold is charged
 * its package on the saved card, the client away. A wallet is locked while it is charged, so two
 * servers never charge it at once; a declined card is tried again an hour later, a charge waiting
 * for the client's confirmation is not tried again while its link lives (a day). `now` lets tests
 * step past those waits.
 */
export async function runAutoRecharge(
  payload: Payload,
  now = new Date(),
): Promise<AutoRechargeRun> {
  const sale = await cardSale(payload)
  if (!sale.on) return 'cards-off'
  const results: RechargeResult[] = []
  const done: number[] = [0]
  for (let i = 0; i < BATCH; i++) {
    const req = await createLocalReq({}, payload)
    let wallet: number | undefined
    try {
      const result = await inTransaction(req, async () => {
        const due = await nextDue(req, sale.threshold, now, done)
        if (!due) return null
        wallet = due.wallet
        return rechargeWallet(req, sale.stripe, sale.currency, due)
      })
      if (result === null) break
      results.push(result)
    } catch (error) {
      // Stripe down or a timeout: nothing was written, the same attempt (same key) runs next time.
      payload.logger.warn({ err: error, wallet }, 'credits: auto-recharge could not charge now')
      results.push('unavailable')
    }
    if (wallet === undefined) break
    done.push(wallet)
  }
  return { wallets: results.length, results }
}

/** The next wallet due a charge, locked for this transaction (skipped when another holds it). */
async function nextDue(
  req: PayloadRequest,
  threshold: number,
  now: Date,
  done: number[],
): Promise<Due | null> {
  const db = await transactionDatabase(req)
  const retryAfter = new Date(now.getTime() - AUTO_RECHARGE_RETRY_MS).toISOString()
  const confirmAfter = new Date(now.getTime() - AUTO_RECHARGE_CONFIRM_MS).toISOString()
  const { rows } = await db.execute<Due>(sql`
    select w.id as wallet, w.client_id as client, w.auto_recharge_id as package,
           coalesce(w.auto_recharge_failures, 0)::float8 as failures, w.stripe_customer as customer,
           (select greatest(count(*), coalesce(max(case when t.raw->>'attempt' ~ '^[0-9]{1,9}$'
                                                 then (t.raw->>'attempt')::int end), 0)) from transactions t
             where t.client_id = w.client_id and t.provider = 'stripe' and t.kind = 'credit_purchase'
               and (t.raw->>'autoRecharge' = w.id::text or t.raw->>'confirmed' = w.id::text))::int
             as attempt
      from wallets w
     where w.auto_recharge_id is not null and w.balance < ${threshold}
       and w.id <> all(${sql.param(done)}::int[])
       and not exists (
         select 1 from transactions t
          where t.client_id = w.client_id and t.provider = 'stripe' and t.kind = 'credit_purchase'
            and t.raw ? 'autoRecharge'
            and ((t.status = 'pending' and t.created_at > ${confirmAfter}::timestamptz)
              or (t.status = 'failed' and t.raw->>'outcome' = 'declined'
                  and t.created_at > ${retryAfter}::timestamptz)))
     order by w.id
     limit 1
       for update of w skip locked`)
  return rows[0] ?? null
}

/** One charge of a due wallet, in the transaction that holds it locked. */
async function rechargeWallet(
  req: PayloadRequest,
  stripe: Stripe,
  currency: string,
  due: Due,
): Promise<RechargeResult> {
  const { payload } = req
  const pkg = await packageById(payload, due.package, req)
  const card = due.customer && (await savedCard(stripe, due.customer))
  if (!soldByCard(pkg) || !card || !due.customer)
    return turnOff(req, due, !card ? 'no_card' : 'package')
  const attempt = due.attempt + 1
  const attemptRaw = { autoRecharge: due.wallet, attempt }
  try {
    const intent = await stripe.paymentIntents.create(
      {
        amount: Number(pkg.priceCard),
        currency: currency.toLowerCase(),
        customer: due.customer,
        payment_method: card,
        off_session: true,
        confirm: true,
        description: pkg.name,
        metadata: {
          ...creditsMetadata(due.client, pkg),
          autoRecharge: String(due.wallet),
          attempt: String(attempt),
        },
      },
      { idempotencyKey: `autorecharge:wallet:${due.wallet}:attempt:${attempt}` },
    )
    await creditCardPurchase(req, {
      client: due.client,
      pkg,
      paymentIntent: intent.id,
      amount: intent.amount,
      currency: intent.currency,
      raw: { ...attemptRaw, outcome: 'succeeded' },
    })
    return 'succeeded'
  } catch (error) {
    const failure = error as Stripe.errors.StripeError
    const outcome = offSessionOutcome({ type: failure.type, code: failure.code })
    if (outcome === 'unavailable') throw error
    const intent = failure.payment_intent
    const record = (status: 'pending' | 'failed', raw: Record<string, unknown>) =>
      payload.create({
        collection: 'transactions',
        data: {
          client: due.client,
          provider: 'stripe',
          kind: 'credit_purchase',
          status,
          amount: Number(pkg.priceCard),
          currency: currency.toUpperCase(),
          externalId: intent?.id ?? `autorecharge:wallet:${due.wallet}:attempt:${attempt}`,
          note: pkg.name,
          raw: { ...attemptRaw, ...raw },
        },
        overrideAccess: true,
        req,
      })
    if (outcome === 'authentication_required') {
      // The bank wants the cardholder: a page to pay the same package on, nothing credited until paid.
      const page = await packageCheckout(payload, stripe, {
        client: due.client,
        customer: due.customer,
        pkg,
        currency,
        idempotencyKey: `autorecharge:wallet:${due.wallet}:attempt:${attempt}:confirm`,
        autoRecharge: due.wallet,
      })
      await record('pending', { outcome, session: page.id, url: page.url })
      await enqueue(
        payload,
        'credits.autorecharge_confirm',
        {
          client: due.client,
          url: page.url,
          name: pkg.name,
          amount: page.amount,
          currency,
          sequence: `client:${due.client}`,
        },
        req,
      )
      return 'authentication_required'
    }
    await record('failed', { outcome, code: failure.code ?? null })
    const { failures, turnedOff } = afterDeclinedRecharge(due.failures)
    const db = await transactionDatabase(req)
    await db.execute(sql`
      update wallets set auto_recharge_failures = ${failures},
             auto_recharge_id = ${turnedOff ? null : due.package}, updated_at = now()
       where id = ${due.wallet}`)
    await enqueue(
      payload,
      turnedOff ? 'credits.autorecharge_off' : 'credits.autorecharge_declined',
      {
        client: due.client,
        reason: 'declined',
        failures,
        max: AUTO_RECHARGE_MAX_FAILURES,
        sequence: `client:${due.client}`,
      },
      req,
    )
    return turnedOff ? 'turned_off' : 'declined'
  }
}

/** Auto-recharge that cannot charge any more (the card removed, the package gone) turns off. */
async function turnOff(
  req: PayloadRequest,
  due: Due,
  reason: 'no_card' | 'package',
): Promise<RechargeResult> {
  const db = await transactionDatabase(req)
  await db.execute(
    sql`update wallets set auto_recharge_id = null, updated_at = now() where id = ${due.wallet}`,
  )
  await enqueue(
    req.payload,
    'credits.autorecharge_off',
    { client: due.client, reason, sequence: `client:${due.client}` },
    req,
  )
  return 'turned_off'
}
