import { sql } from '@payloadcms/db-postgres'
import { isCalendarDate } from '@/domain/calendarDate'
import {
  type ClientReceivable,
  type ReceivablesTotals,
  receivablesTotals,
} from '@/domain/receivables'
import { ageingBucket, owedLeft, owedOrder } from '@/shared/db/ruleFragments'
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
 * aggregate query over the owed orders alone, read from the partial index `orders_owed_idx`
 * (which holds just those, with their dates and money); the clients' names are joined to the
 * few rows left after grouping. The rules are the SQL twins of src/domain/receivables.ts.
 */
export async function loadReceivables(db: SqlExecutor, today: string): Promise<Receivables> {
  if (!isCalendarDate(today)) throw new RangeError(`today must be a day as YYYY-MM-DD: ${today}`)
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
    select c.id as "clientId", c.name, c.phone, r.orders, r.total, r."days0to30", r."days31to60", r."over60"
      from (select o.client_id, count(*)::int as orders, sum(o.owed)::float8 as total,
                   coalesce(sum(o.owed) filter (where o.bucket = 'days0to30'), 0)::float8 as "days0to30",
                   coalesce(sum(o.owed) filter (where o.bucket = 'days31to60'), 0)::float8 as "days31to60",
                   coalesce(sum(o.owed) filter (where o.bucket = 'over60'), 0)::float8 as "over60"
              from (select o.client_id, ${owedLeft('o')} as owed, ${ageingBucket('o', today)} as bucket
                      from orders o where ${owedOrder('o')}) o
             group by o.client_id) r
      join clients c on c.id = r.client_id
     order by r.total desc, c.id`)
  const clients = rows.map(({ days0to30, days31to60, over60, ...client }) => ({
    ...client,
    clientId: Number(client.clientId),
    buckets: { days0to30, days31to60, over60 },
  }))
  return { today, clients, totals: receivablesTotals(clients) }
}
