import type { ChargeMessage } from '@commerce/messageCharge'
import { enqueue } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import { crossedLowBalance, messageCost, passActive } from '@/domain/credits'
import { fitsBalance } from '@/shared/db/ruleFragments'
import { transactionDatabase } from '@/shared/db/transactionDatabase'

interface Standing {
  paid: boolean
  text: number
  photo: number
  voice: number
  other: number
  threshold: number
  balance: number | null
  passUntil: string | null
}

/**
 * A support message in paid mode: free under a pass, else its price taken from the wallet in one
 * conditional statement with its ledger entry, so two messages at once with credits for one pay
 * for one and refuse the other. The key makes a message paid once however often it arrives.
 */
export const spendOnMessage: ChargeMessage = async (req, { client, kind, key }) => {
  const db = await transactionDatabase(req)
  const { rows } = await db.execute<Standing>(sql`
    select s.paid_support as paid, s.cost_text::float8 as text, s.cost_photo::float8 as photo,
           s.cost_voice::float8 as voice, s.cost_other::float8 as other,
           s.low_balance_threshold::float8 as threshold, w.balance::float8 as balance, w.pass_until as "passUntil"
      from settings s left join wallets w on w.client_id = ${client} limit 1`)
  const standing = rows[0]
  if (!standing?.paid) return { paid: true, cost: 0 }
  const cost = messageCost(kind, standing)
  if (cost === 0 || passActive(standing.passUntil, new Date())) return { paid: true, cost: 0 }
  const spent = await db.execute<{ balance: number }>(sql`
    with w as (
      update wallets set balance = balance - ${cost}::int, updated_at = now()
       where client_id = ${client} and ${fitsBalance(-cost)}
      returning id, balance)
    insert into ledger_entries (client_id, wallet_id, kind, amount, balance_after, source, message_kind, key, updated_at, created_at)
    select ${client}, id, 'spend', ${-cost}::int, balance, 'support', ${kind}, ${key}, now(), now() from w
    returning balance_after::float8 as balance`)
  const after = spent.rows[0]?.balance
  if (after === undefined) {
    // Read again: a message paid for at the same moment may have left less than was read above.
    const held = await db.execute<{ balance: number }>(
      sql`select balance::float8 as balance from wallets where client_id = ${client}`,
    )
    const balance = held.rows[0]?.balance ?? 0
    return { paid: false, cost, balance, passEnded: !!standing.passUntil }
  }
  if (crossedLowBalance(after + cost, after, standing.threshold))
    await enqueue(
      req.payload,
      'credits.low_balance',
      { client, balance: after, sequence: `client:${client}` },
      req,
    )
  return { paid: true, cost }
}
