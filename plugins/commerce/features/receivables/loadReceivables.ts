import { sql } from '@payloadcms/db-postgres'
import { isCalendarDate } from '@/domain/calendarDate'
import {
  type ClientReceivable,
  type ReceivablesTotals,
  receivablesTotals,
} from '@/domain/receivables'
import { ageingBucket, owedAmount, owedOrder } from '@/shared/db/ruleFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

export interface Receivables {
  /** The day the debts are aged to, `YYYY-MM-DD` in the business's time zone. */
  today: string
  /** Clients who owe, most first. */
  clients: ClientReceivable[]
  totals: ReceivablesTotals
}

/**
 * Who owes what on `today` (`YYYY-MM-DD`), aged 0–30, 31–60 and over 60 days from delivery: one
 * aggregate query over the owed orders alone (the partial index `orders_owed_idx` holds just
 * those), the rules being the SQL twins of src/domain/receivables.ts.
 */
export async function loadReceivables(db: SqlExecutor, today: string): Promise<Receivables> {
  if (!isCalendarDate(today)) throw new RangeError(`today must be a day as YYYY-MM-DD: ${today}`)
  const bucket = ageingBucket('o', today)
  const { rows } = await db.execute<{
    clientId: number
    name: string | null
    phone: string | null
    orders: number
    total: number
    days0to30: number
    days31to60: number
    over60: number
  }>(sql`
    select c.id as "clientId", c.name, c.phone, count(*)::int as orders,
           sum(${owedAmount('o')})::float8 as total,
           coalesce(sum(${owedAmount('o')}) filter (where ${bucket} = 'days0to30'), 0)::float8 as "days0to30",
           coalesce(sum(${owedAmount('o')}) filter (where ${bucket} = 'days31to60'), 0)::float8 as "days31to60",
           coalesce(sum(${owedAmount('o')}) filter (where ${bucket} = 'over60'), 0)::float8 as "over60"
      from orders o
      join clients c on c.id = o.client_id
     where ${owedOrder('o')}
     group by c.id
     order by total desc, c.id`)
  const clients = rows.map(({ days0to30, days31to60, over60, ...client }) => ({
    ...client,
    clientId: Number(client.clientId),
    buckets: { days0to30, days31to60, over60 },
  }))
  return { today, clients, totals: receivablesTotals(clients) }
}
