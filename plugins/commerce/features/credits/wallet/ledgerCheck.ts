import { enqueue } from '@commerce/outbox/enqueue'
import { postgresRunCoordinator } from '@commerce/scheduler/runCoordinator'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { calendarDateIn, timeOfDayIn } from '@/domain/calendarDate'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import type { Disagreement } from './renderers'

/** Quiet hours, in the business's time zone. */
const CHECK_AT = '03:30'
/** The staff chat hears of this many by name; the count says how many in all. */
const NAMED = 30

/**
 * Every wallet's balance against the sum of its entries, in one pass over the ledger: they are
 * written in one transaction and must never disagree. Entries of a client with no wallet count
 * too. When any disagree, the staff chat is told which; otherwise the log says all agree.
 */
export async function checkLedger(
  payload: Payload,
): Promise<{ wallets: number; disagreeing: Disagreement[] }> {
  const db = sqlDatabase(payload)
  // One statement: the wallets and the sums are read in one snapshot.
  const [{ rows: disagreeing }, counted] = await Promise.all([
    db.execute<Disagreement>(sql`
      with sums as (select client_id, sum(amount) as total from ledger_entries group by client_id),
      compared as (
        select coalesce(w.client_id, s.client_id) as client, coalesce(w.balance, 0)::float8 as balance,
               coalesce(s.total, 0)::float8 as sum
          from wallets w full join sums s on s.client_id = w.client_id)
      select d.client, c.name, d.balance, d.sum
        from compared d left join clients c on c.id = d.client
       where d.balance <> d.sum
       order by d.client`),
    db.execute<{ n: number }>(sql`select count(*)::int as n from wallets`),
  ])
  const wallets = counted.rows[0].n
  if (disagreeing.length === 0) {
    payload.logger.info({ wallets }, 'credits: every wallet agrees with its ledger')
    return { wallets, disagreeing }
  }
  payload.logger.error(
    { wallets, disagreeing: disagreeing.map((row) => row.client) },
    'credits: wallets disagree with their ledger',
  )
  await enqueue(payload, 'credits.ledger_mismatch', {
    count: disagreeing.length,
    wallets: disagreeing.slice(0, NAMED),
  })
  return { wallets, disagreeing }
}

/** Once a night, after quiet hours begin, on one server: the run key decides which. */
export async function checkLedgerIfDue(
  payload: Payload,
  now = new Date(),
): Promise<{ wallets: number; disagreeing: number } | 'not-due' | 'already-done'> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const timeZone = settings.timezone || 'Asia/Tashkent'
  if (timeOfDayIn(now, timeZone) < CHECK_AT) return 'not-due'
  const key = `ledger-check:${calendarDateIn(now, timeZone)}`
  const coordinator = postgresRunCoordinator(payload)
  if (!(await coordinator.shouldRun(key, 30 * 60_000))) return 'already-done'
  const { wallets, disagreeing } = await checkLedger(payload)
  await coordinator.onComplete(key)
  return { wallets, disagreeing: disagreeing.length }
}
