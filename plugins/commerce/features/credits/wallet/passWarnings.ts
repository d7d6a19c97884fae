import { enqueueAll } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { PASS_WARNING_MS, passWarningDue } from '@/domain/credits'
import { inTransaction } from '@/shared/db/inTransaction'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'

interface Running {
  id: number
  /** As stored, so the update below matches the very pass end that was read. */
  until: string
  untilMs: number
  warnedFor: string | null
}

/**
 * Passes ending within the hour: each holder is warned once per pass end. The wallet is marked
 * (`passWarnedFor`) and the warning queued in one transaction, and only a wallet whose pass end
 * is still the one read and not yet warned is marked: two servers, or a pass renewed meanwhile,
 * warn no one twice.
 */
export async function warnEndingPasses(payload: Payload, now = new Date()): Promise<number> {
  const { rows } = await sqlDatabase(payload).execute<Running>(sql`
    select id, pass_until::text as until, extract(epoch from pass_until)::float8 * 1000 as "untilMs",
           pass_warned_for::text as "warnedFor"
      from wallets
     where pass_until > ${now.toISOString()}::timestamptz
       and pass_until <= ${new Date(now.getTime() + PASS_WARNING_MS).toISOString()}::timestamptz`)
  const due = rows.filter((row) =>
    passWarningDue(new Date(row.untilMs), row.warnedFor && new Date(row.warnedFor), now),
  )
  if (due.length === 0) return 0
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const marked = await (await transactionDatabase(req)).execute<{
      client: number
      until: string
    }>(sql`
      update wallets w set pass_warned_for = w.pass_until, updated_at = now()
        from unnest(${sql.param(due.map((row) => row.id))}::int[], ${sql.param(due.map((row) => row.until))}::timestamptz[]) as d(id, until)
       where w.id = d.id and w.pass_until = d.until and w.pass_warned_for is distinct from w.pass_until
      returning w.client_id as client, to_json(w.pass_until)#>>'{}' as until`)
    await enqueueAll(
      payload,
      marked.rows.map(({ client, until }) => ({
        topic: 'credits.pass_ending',
        body: { client, until, sequence: `client:${client}` },
      })),
      req,
    )
    return marked.rows.length
  })
}

/**
 * Each pass that has ended gets an `expiry` entry (0 credits: the ledger tells the whole story),
 * once per pass end: its key names the wallet and the end, and a second run writes nothing.
 */
export async function recordEndedPasses(payload: Payload, now = new Date()): Promise<number> {
  const key = sql`'expiry:' || w.id || ':' || (extract(epoch from w.pass_until) * 1000)::bigint`
  const { rows } = await sqlDatabase(payload).execute(sql`
    insert into ledger_entries (client_id, wallet_id, kind, amount, balance_after, source, key, updated_at, created_at)
    select w.client_id, w.id, 'expiry', 0, w.balance, 'system', ${key}, now(), now()
      from wallets w
     where w.pass_until <= ${now.toISOString()}::timestamptz
       and not exists (select 1 from ledger_entries e where e.key = ${key})
    on conflict (key) do nothing
    returning id`)
  return rows.length
}
