import type { ChargeMessage } from '@commerce/messageCharge'
import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import { crossedLowBalance } from '@/domain/credits'
import { fitsBalance, messageCostIn, passCovers } from '@/shared/db/ruleFragments'
import { transactionDatabase } from '@/shared/db/transactionDatabase'

interface Spend {
  paid: boolean
  cost: number
  threshold: number
  covered: boolean
  /** A pass ended within the day: the refusal says so. */
  hadPass: boolean
  /** The balance after the spend; null when nothing was taken. */
  after: number | null
}

/**
 * A support message in paid mode: free under a pass, else its price taken from the wallet with its
 * ledger entry. One statement reads the price, checks the pass, takes the credits only when they
 * are there and writes the entry, so two messages at once with credits for one pay for one and
 * refuse the other, and a paid message costs one round trip more than a free one. The key makes
 * a message paid once however often it arrives. The rules it applies in SQL sit in
 * `src/shared/db/ruleFragments.ts` beside their twins' names.
 */
export const spendOnMessage: ChargeMessage = async (req, { client, kind, key }) => {
  const db = await transactionDatabase(req)
  const { rows } = await db.execute<Spend>(sql`
    with s as (
      select coalesce(paid_support, false) as paid, low_balance_threshold::float8 as threshold,
             ${messageCostIn(kind)} as cost
        from settings limit 1),
    w as (
      update wallets set balance = wallets.balance - s.cost, updated_at = now() from s
       where wallets.client_id = ${client} and s.paid and s.cost > 0 and not ${passCovers}
         and ${fitsBalance(sql`-s.cost`)}
      returning wallets.id, wallets.balance, s.cost),
    e as (
      insert into ledger_entries (client_id, wallet_id, kind, amount, balance_after, source, message_kind, key, updated_at, created_at)
      select ${client}, w.id, 'spend', -w.cost, w.balance, 'support', ${kind}, ${key}, now(), now() from w
      returning balance_after)
    select s.paid, s.cost, s.threshold, coalesce(${passCovers}, false) as covered,
           coalesce(wallets.pass_until > now() - interval '1 day', false) as "hadPass", (select balance_after::float8 from e) as after
      from s left join wallets on wallets.client_id = ${client}`)
  const spend = rows[0]
  if (!spend?.paid || spend.cost === 0 || spend.covered) return { paid: true, cost: 0 }
  const { cost, after } = spend
  if (after === null) {
    // Read now: a message paid for at the same moment may have left less than this statement saw.
    const held = await db.execute<{ balance: number }>(
      sql`select balance::float8 as balance from wallets where client_id = ${client}`,
    )
    const balance = held.rows[0]?.balance ?? 0
    return { paid: false, cost, balance, passEnded: spend.hadPass }
  }
  if (crossedLowBalance(after + cost, after, spend.threshold))
    await enqueue(
      req.payload,
      'credits.low_balance',
      { client, balance: after, sequence: `client:${client}` },
      req,
    )
  return { paid: true, cost }
}
