import { enqueue } from '@commerce/outbox/enqueue'
import type { CreditPackage } from '@payload-types'
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
  packageCredits,
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
  customer: string | null
  /** This charge's number for the wallet: with it, its idempotency key at Stripe. */
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
 * its package on the saved card, the client away; a declined card is tried again an hour later, a
 * charge waiting for the client's confirmation is not tried again while its link lives (a day).
 * No database transaction is open while Stripe is called (three calls, each up to 10 s × 3
 * tries): the wallet is locked only to claim it and number the attempt, and again to record what
 * Stripe answered, so the client's message charges, grants and webhook credits never wait on
 * Stripe. Two servers claiming the same wallet at once number the same attempt: its idempotency
 * key makes it one charge at Stripe, and its PaymentIntent is recorded once. `now` lets tests step
 * past the waits.
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
    const claim = await claimNext(payload, sale.threshold, now, done)
    if (!claim) break
    done.push(claim.wallet)
    if (!claim.due) continue
    try {
      results.push(await rechargeWallet(payload, sale.stripe, sale.currency, claim.due))
    } catch (error) {
      // Stripe down or a timeout: nothing was recorded, the same attempt (same key) runs next time.
      payload.logger.warn(
        { err: error, wallet: claim.wallet },
        'credits: auto-recharge could not charge now',
      )
      results.push('unavailable')
    }
  }
  return { wallets: results.length, results }
}

/** Whether a wallet (`w`) is due a charge: on, below the threshold, not waiting on an answer. */
function dueNow(threshold: number, now: Date) {
  const retryAfter = new Date(now.getTime() - AUTO_RECHARGE_RETRY_MS).toISOString()
  const confirmAfter = new Date(now.getTime() - AUTO_RECHARGE_CONFIRM_MS).toISOString()
  return sql`w.auto_recharge_id is not null and w.balance < ${threshold}
       and not exists (
         select 1 from transactions t
          where t.client_id = w.client_id and t.provider = 'stripe' and t.kind = 'credit_purchase'
            and t.raw ? 'autoRecharge'
            and ((t.status = 'pending' and t.created_at > ${confirmAfter}::timestamptz)
              or (t.status = 'failed' and t.raw->>'outcome' = 'declined'
                  and t.created_at > ${retryAfter}::timestamptz)))`
}

/**
 * Claims the next wallet due a charge in a short transaction of its own: the wallet is locked
 * (skipped when another holds it), then read again by a second statement, which sees what was
 * committed until the lock was taken (another server's charge recorded meanwhile), and its next
 * attempt is numbered from every row of its auto-recharge, whichever path wrote it. `due` is null
 * when it was no longer due once locked.
 */
async function claimNext(
  payload: Payload,
  threshold: number,
  now: Date,
  done: number[],
): Promise<{ wallet: number; due: Due | null } | null> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    const due = dueNow(threshold, now)
    const picked = await db.execute<{ wallet: number }>(sql`
      select w.id as wallet from wallets w
       where ${due} and w.id <> all(${sql.param(done)}::int[])
       order by w.id
       limit 1
         for update of w skip locked`)
    const wallet = picked.rows[0]?.wallet
    if (wallet === undefined) return null
    const { rows } = await db.execute<Due>(sql`
      select w.id as wallet, w.client_id as client, w.auto_recharge_id as package,
             w.stripe_customer as customer,
             (select greatest(count(*), coalesce(max(case when t.raw->>'attempt' ~ '^[0-9]{1,9}$'
                                                          then (t.raw->>'attempt')::int end), 0))
                from transactions t
               where t.client_id = w.client_id and t.provider = 'stripe'
                 and t.kind = 'credit_purchase'
                 and (t.raw->>'autoRecharge' = w.id::text or t.raw->>'confirmed' = w.id::text)
             )::int + 1 as attempt
        from wallets w
       where w.id = ${wallet} and ${due}`)
    return { wallet, due: rows[0] ?? null }
  })
}

/** One charge of a claimed wallet; Stripe is called with no transaction open. */
async function rechargeWallet(
  payload: Payload,
  stripe: Stripe,
  currency: string,
  due: Due,
): Promise<RechargeResult> {
  const pkg = await packageById(payload, due.package)
  if (!soldByCard(pkg)) return turnOff(payload, due, 'package')
  const card = due.customer && (await savedCard(stripe, due.customer))
  if (!card || !due.customer) return turnOff(payload, due, 'no_card')
  const key = `autorecharge:wallet:${due.wallet}:attempt:${due.attempt}`
  const attemptRaw = { autoRecharge: due.wallet, attempt: due.attempt }
  let intent: Stripe.PaymentIntent
  try {
    intent = await stripe.paymentIntents.create(
      {
        amount: Number(pkg.priceCard),
        currency: currency.toLowerCase(),
        customer: due.customer,
        payment_method: card,
        off_session: true,
        confirm: true,
        description: pkg.name,
        metadata: {
          ...creditsMetadata(due.client, pkg, currency),
          autoRecharge: String(due.wallet),
          attempt: String(due.attempt),
        },
      },
      { idempotencyKey: key },
    )
  } catch (error) {
    const failure = error as Stripe.errors.StripeError
    const outcome = offSessionOutcome({ type: failure.type, code: failure.code })
    if (outcome === 'unavailable') throw error
    const unpaid = {
      externalId: failure.payment_intent?.id ?? key,
      amount: Number(pkg.priceCard),
      currency,
      note: pkg.name,
    }
    if (outcome === 'declined')
      return recordDecline(payload, due, {
        ...unpaid,
        raw: { ...attemptRaw, outcome, code: failure.code ?? null },
      })
    // The bank wants the cardholder: a page to pay the same package on, nothing credited until paid.
    const page = await packageCheckout(payload, stripe, {
      client: due.client,
      customer: due.customer,
      pkg,
      currency,
      idempotencyKey: `${key}:confirm`,
      autoRecharge: due.wallet,
    })
    return recordConfirmation(payload, due, pkg, page, {
      ...unpaid,
      raw: { ...attemptRaw, outcome, session: page.id, url: page.url },
    })
  }
  const req = await createLocalReq({}, payload)
  // The credits the charge's metadata names: the package as it was charged.
  await creditCardPurchase(req, {
    client: due.client,
    name: pkg.name,
    credits: packageCredits(pkg),
    paymentIntent: intent.id,
    amount: intent.amount,
    currency: intent.currency,
    raw: { ...attemptRaw, outcome: 'succeeded' },
  })
  return 'succeeded'
}

/** A charge that did not go through, as its `transactions` row says it. */
interface Unpaid {
  externalId: string
  amount: number
  currency: string
  note: string
  raw: Record<string, unknown>
}

/**
 * Writes an unpaid attempt's row in a short transaction with the wallet locked, once: a second
 * server that made the same attempt got Stripe's same answer and finds the row already there.
 * `then` runs in the same transaction, only for the one that wrote it.
 */
async function recordUnpaid(
  payload: Payload,
  due: Due,
  status: 'pending' | 'failed',
  unpaid: Unpaid,
  then: (req: PayloadRequest) => Promise<RechargeResult>,
  repeated: RechargeResult,
): Promise<RechargeResult> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const db = await transactionDatabase(req)
    await db.execute(sql`select id from wallets where id = ${due.wallet} for update`)
    const { rows } = await db.execute(sql`
      select 1 from transactions where provider = 'stripe' and external_id = ${unpaid.externalId}`)
    if (rows.length) return repeated
    await payload.create({
      collection: 'transactions',
      data: {
        client: due.client,
        provider: 'stripe',
        kind: 'credit_purchase',
        status,
        amount: unpaid.amount,
        currency: unpaid.currency.toUpperCase(),
        externalId: unpaid.externalId,
        note: unpaid.note,
        raw: unpaid.raw,
      },
      overrideAccess: true,
      req,
    })
    return then(req)
  })
}

/** Waits for the client: the link to confirm it is sent, and nothing is charged until it is paid. */
function recordConfirmation(
  payload: Payload,
  due: Due,
  pkg: CreditPackage,
  page: { url: string; amount: number },
  unpaid: Unpaid,
): Promise<RechargeResult> {
  return recordUnpaid(
    payload,
    due,
    'pending',
    unpaid,
    async (req) => {
      await enqueue(
        payload,
        'credits.autorecharge_confirm',
        {
          client: due.client,
          url: page.url,
          name: pkg.name,
          amount: page.amount,
          currency: unpaid.currency,
          sequence: `client:${due.client}`,
        },
        req,
      )
      return 'authentication_required'
    },
    'authentication_required',
  )
}

/**
 * A declined card counts one more failure in a row, read under the lock (a success meanwhile reset
 * it), and turns auto-recharge off at the limit; the client is told either way.
 */
function recordDecline(payload: Payload, due: Due, unpaid: Unpaid): Promise<RechargeResult> {
  return recordUnpaid(
    payload,
    due,
    'failed',
    unpaid,
    async (req) => {
      const db = await transactionDatabase(req)
      const { rows } = await db.execute<{ failures: number }>(sql`
        select coalesce(auto_recharge_failures, 0)::float8 as failures
          from wallets where id = ${due.wallet}`)
      const { failures, turnedOff } = afterDeclinedRecharge(rows[0]?.failures ?? 0)
      // The package is left as the client has it now: they may have changed it during the charge.
      await db.execute(sql`
        update wallets set auto_recharge_failures = ${failures},
               auto_recharge_id = case when ${turnedOff}::boolean then null else auto_recharge_id end,
               updated_at = now()
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
    },
    'declined',
  )
}

/**
 * Auto-recharge that cannot charge any more (the card removed, the package gone) turns off, and
 * the client is told once: only while it is still on that package (another server may have been
 * first, the client may have chosen another meanwhile).
 */
async function turnOff(
  payload: Payload,
  due: Due,
  reason: 'no_card' | 'package',
): Promise<RechargeResult> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async (): Promise<RechargeResult> => {
    const db = await transactionDatabase(req)
    const { rows } = await db.execute(sql`
      update wallets set auto_recharge_id = null, updated_at = now()
       where id = ${due.wallet} and auto_recharge_id = ${due.package}
      returning id`)
    if (rows.length)
      await enqueue(
        payload,
        'credits.autorecharge_off',
        { client: due.client, reason, sequence: `client:${due.client}` },
        req,
      )
    return 'turned_off'
  })
}
