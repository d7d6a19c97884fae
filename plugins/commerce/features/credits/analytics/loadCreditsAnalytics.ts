import { sql } from '@payloadcms/db-postgres'
import { chartWindows, conversionRate } from '@/domain/creditsAnalytics'
import { type DayRange, instantsOf } from '@/domain/reportPeriods'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

/** Stars taken in one bucket of the chart: a day, a week (its Monday) or a month (its first day). */
export interface StarsBucket {
  /** The bucket's first day, `YYYY-MM-DD`. */
  start: string
  stars: number
  purchases: number
}

/** Money taken for credits, passes and premium content in the period, by provider and currency. */
export interface PurchaseRevenue {
  provider: 'telegram_stars' | 'stripe'
  currency: string
  /** Stars for `XTR`, minor units otherwise. */
  amount: number
  purchases: number
}

/** What one offer sold in the period; `unmatched` is a payment for no offer we made (kept, flagged). */
export interface OfferRevenue extends PurchaseRevenue {
  name: string | null
  offer: 'credits' | 'pass' | 'premium' | 'unmatched'
}

/** Credits spent on support messages of one kind, net of those given back for a message never delivered. */
export interface KindSpend {
  kind: string
  credits: number
  messages: number
}

export interface CreditsAnalytics {
  range: DayRange
  timeZone: string
  /** Stars by day, week and month, oldest first, ending on the period's last day. */
  stars: { days: StarsBucket[]; weeks: StarsBucket[]; months: StarsBucket[] }
  revenue: PurchaseRevenue[]
  offers: OfferRevenue[]
  spends: KindSpend[]
  /** Distinct clients with a succeeded purchase in the period. */
  payingClients: number
  /** Clients who wrote to support in the period, and those of them who bought after writing. */
  conversion: { writers: number; converted: number; rate: number | null }
}

/** A purchase that brought money in: credits, a pass or premium content, in Stars or by card. */
const purchase = (t: string) => {
  const alias = sql.raw(t)
  return sql`(${alias}.kind = 'credit_purchase' and ${alias}.status = 'succeeded' and ${alias}.provider in ('telegram_stars', 'stripe'))`
}

const within = (column: string, from: Date, to: Date) =>
  sql`(${sql.raw(column)} >= ${from.toISOString()}::timestamptz and ${sql.raw(column)} < ${to.toISOString()}::timestamptz)`

/** Stars per bucket of `unit` over `window`, empty buckets included, in the business's days. */
async function loadStars(
  db: SqlExecutor,
  window: DayRange,
  unit: 'day' | 'week' | 'month',
  timeZone: string,
): Promise<StarsBucket[]> {
  const { from, to } = instantsOf(window, timeZone)
  const step = sql.raw(`'1 ${unit}'::interval`)
  const bucket = sql.raw(`'${unit}'`)
  const { rows } = await db.execute<StarsBucket>(sql`
    with sold as (
      select date_trunc(${bucket}, t.created_at at time zone ${timeZone})::date as start,
             sum(t.amount)::float8 as stars, count(*)::int as purchases
        from transactions t
       where ${purchase('t')} and t.currency = 'XTR' and ${within('t.created_at', from, to)}
       group by 1)
    select to_char(b, 'YYYY-MM-DD') as start, coalesce(sold.stars, 0)::float8 as stars,
           coalesce(sold.purchases, 0)::int as purchases
      from generate_series(date_trunc(${bucket}, ${window.first}::timestamp), ${window.last}::timestamp, ${step}) b
      left join sold on sold.start = b::date
     order by b`)
  return rows
}

/**
 * The credits' figures for the staff over `range` (days in `timeZone`), each its own aggregate
 * query over `transactions`, `ledger_entries` and the support messages, run side by side.
 */
export async function loadCreditsAnalytics(
  db: SqlExecutor,
  { range, timeZone }: { range: DayRange; timeZone: string },
): Promise<CreditsAnalytics> {
  const { from, to } = instantsOf(range, timeZone)
  const windows = chartWindows(range.last)
  // What a Stars payment gave is in its `raw.tandir.gift`; a card purchase always buys a package.
  const offer = sql`coalesce(t.raw->'tandir'->'gift'->>'kind', case when t.raw->'tandir' is not null then 'unmatched' else 'credits' end)`
  const [days, weeks, months, revenue, offers, spends, paying, conversion] = await Promise.all([
    loadStars(db, windows.days, 'day', timeZone),
    loadStars(db, windows.weeks, 'week', timeZone),
    loadStars(db, windows.months, 'month', timeZone),
    db.execute<PurchaseRevenue>(sql`
      select t.provider, t.currency, sum(t.amount)::float8 as amount, count(*)::int as purchases
        from transactions t
       where ${purchase('t')} and ${within('t.created_at', from, to)}
       group by 1, 2 order by 1, 2`),
    db.execute<OfferRevenue>(sql`
      select ${offer} as offer, case when ${offer} = 'unmatched' then null else nullif(t.note, '') end as name,
             t.provider, t.currency, sum(t.amount)::float8 as amount, count(*)::int as purchases
        from transactions t
       where ${purchase('t')} and ${within('t.created_at', from, to)}
       group by 1, 2, 3, 4 order by 4, 5 desc, 2`),
    db.execute<KindSpend>(sql`
      select coalesce(l.message_kind, 'other') as kind, (-sum(l.amount))::float8 as credits,
             (count(*) filter (where l.kind = 'spend') - count(*) filter (where l.kind = 'refund'))::int as messages
        from ledger_entries l
       where (l.kind = 'spend' or (l.kind = 'refund' and l.source = 'support'))
         and ${within('l.created_at', from, to)}
       group by 1 order by 2 desc, 1`),
    db.execute<{ clients: number }>(sql`
      select count(distinct t.client_id)::int as clients from transactions t
       where ${purchase('t')} and ${within('t.created_at', from, to)}`),
    db.execute<{ writers: number; converted: number }>(sql`
      with writers as (
        select v.client_id as client, min(m.created_at) as first_at
          from support_messages m join conversations v on v.id = m.conversation_id
         where m.direction = 'in' and ${within('m.created_at', from, to)}
         group by v.client_id)
      select count(*)::int as writers,
             (count(*) filter (where exists (
                select 1 from transactions t
                 where t.client_id = w.client and ${purchase('t')}
                   and t.created_at > w.first_at and t.created_at < ${to.toISOString()}::timestamptz)))::int as converted
        from writers w`),
  ])
  const { writers, converted } = conversion.rows[0]
  return {
    range,
    timeZone,
    stars: { days, weeks, months },
    revenue: revenue.rows,
    offers: offers.rows,
    spends: spends.rows,
    payingClients: paying.rows[0].clients,
    conversion: { writers, converted, rate: conversionRate(converted, writers) },
  }
}
