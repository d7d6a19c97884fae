/**
 * Every figure of the dashboard (and the receivables view) on three years of a busy bakery:
 * 1,000,000 orders of 1–6 lines for 2,000 clients, and their support conversations, written
 * straight into the tables with generate_series. For each figure, our code path (the loader the
 * endpoint calls, through Payload's pool) against a hand-written SQL query for the same figure,
 * sent as plain text by `pg`, in the same run, interleaved (and swapping who goes first) so noise
 * on the machine hits both alike. Prints p50 per figure, the ratio (target ≤ 1.5×) and whether
 * each answers under 300 ms.
 *
 * With `--explain`, prints the plan of each of our queries and of the hand-written one
 * (EXPLAIN ANALYZE, BUFFERS) before timing; `--data <dir>` keeps the seeded cluster there and
 * reuses it on the next run, so looking into a figure does not mean seeding again.
 *
 *   npm run bench:dashboard -- --orders 1000000 --clients 2000 --runs 30
 *   npm run bench:dashboard -- --data /tmp/tandir-dashboard --explain --runs 10
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { addDays } from '@/domain/calendarDate'
import { instantsOf, lastDays, periodOf } from '@/domain/reportPeriods'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '1000000' },
    clients: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '30' },
    data: { type: 'string' },
    explain: { type: 'boolean', default: false },
  },
})
const ORDERS = Number(values.orders)
const CLIENTS = Number(values.clients)
const RUNS = Number(values.runs)
/** The last day of a 31-day month: the month's figures and best sellers read the most rows. */
const DAY = '2026-10-31'
const FIRST_DAY = '2023-11-01'
/** Three years of deliveries, and a week of orders already taken for the days after DAY. */
const DAYS = 1103
const TIME_ZONE = 'Asia/Tashkent'
const TARGET_RATIO = 1.5
const TARGET_MS = 300

const dataDir = values.data ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-'))
const db = await startEmbeddedPostgres({ dataDir, persistent: Boolean(values.data) })
Object.assign(process.env, {
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: 'bench-secret',
  TANDIR_SCHEDULER: 'off',
})
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { sqlDatabase } = await import('@/shared/db/sqlDatabase')
const { loadPeriodSales, comparedPeriods } = await import(
  '@commerce/features/reports/loadSalesFigures'
)
const { loadTopProducts, loadTopClients } = await import(
  '@commerce/features/reports/loadTopSellers'
)
const { loadSupportFigures } = await import('@commerce/features/reports/loadSupportFigures')
const { loadDailySales } = await import('@commerce/features/reports/loadDailySales')
const { loadMoneyOwed } = await import('@commerce/features/reports/loadMoneyOwed')
const { loadMorningReport } = await import('@commerce/features/reports/loadMorningReport')
const { loadDashboard } = await import('@commerce/features/reports/loadDashboard')
const { loadReceivables } = await import('@commerce/features/receivables/loadReceivables')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()

const direct = new pg.Client({ connectionString: db.url })
await direct.connect()
const seeded = Number((await direct.query('select count(*) as n from orders')).rows[0].n)
if (seeded === 0) {
  let started = performance.now()
  await seed(direct)
  console.log(
    `seeded ${ORDERS} orders for ${CLIENTS} clients over ${DAYS} days in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  started = performance.now()
  // What autovacuum does to a table that stopped changing: statistics and the visibility map
  // (index-only scans skip the table for pages it marks all-visible). Both sides read the same.
  await direct.query('vacuum analyze')
  console.log(`vacuum analyze in ${((performance.now() - started) / 1000).toFixed(0)} s`)
} else console.log(`reusing ${seeded} orders in ${dataDir}`)

const ours = sqlDatabase(payload)
const periods = comparedPeriods(DAY)
const ranges = [...periods.day, ...periods.week, ...periods.month]
const month = periodOf('month', DAY)
const chart = lastDays(DAY, 90)
const utc = (day: string) => `'${day}T00:00:00Z'`
const monthFrom = utc(month.first)
const monthTo = utc(addDays(month.last, 1))
const support = instantsOf(month, TIME_ZONE)
// Sign-ups are instants: a day starts at Tashkent's midnight, 19:00 UTC the day before.
const tashkentDay = (day: string) => `'${day}T00:00:00+05:00'`

/** Each figure: our loader, and the SQL a person would write for it, in plain text. */
const figures: { name: string; ours: () => Promise<unknown>; sql: string }[] = [
  {
    name: 'orders, revenue, average, new clients (3+3 periods)',
    ours: () => loadPeriodSales(ours, ranges, TIME_ZONE),
    sql: `select * from (select ${ranges
      .map(
        (r, i) =>
          `count(*) filter (where delivery_date >= ${utc(r.first)} and delivery_date < ${utc(addDays(r.last, 1))}) as o${i},
           sum(total) filter (where delivery_date >= ${utc(r.first)} and delivery_date < ${utc(addDays(r.last, 1))}) as r${i}`,
      )
      .join(', ')}
      from orders
     where status <> 'cancelled' and delivery_date >= ${utc(periods.month[1].first)} and delivery_date < ${utc(addDays(DAY, 1))}) s
     cross join (select ${ranges
       .map(
         (r, i) =>
           `count(*) filter (where created_at >= ${tashkentDay(r.first)} and created_at < ${tashkentDay(addDays(r.last, 1))}) as c${i}`,
       )
       .join(', ')}
      from clients where created_at >= ${tashkentDay(periods.month[1].first)} and created_at < ${tashkentDay(addDays(DAY, 1))}) c`,
  },
  {
    name: 'top 10 products (month)',
    ours: () => loadTopProducts(ours, month),
    sql: `select i.product_id, p.name, sum(i.quantity) as quantity, sum(i.line_total) as revenue
      from orders o join orders_items i on i._parent_id = o.id join products p on p.id = i.product_id
     where o.status <> 'cancelled' and o.delivery_date >= ${monthFrom} and o.delivery_date < ${monthTo}
     group by i.product_id, p.name order by revenue desc limit 10`,
  },
  {
    name: 'top 10 clients (month)',
    ours: () => loadTopClients(ours, month),
    sql: `select o.client_id, c.name, count(*) as orders, sum(o.total) as revenue
      from orders o join clients c on c.id = o.client_id
     where o.status <> 'cancelled' and o.delivery_date >= ${monthFrom} and o.delivery_date < ${monthTo}
     group by o.client_id, c.name order by revenue desc limit 10`,
  },
  {
    name: 'support: open, median first answer (month)',
    ours: () => loadSupportFigures(ours, month, TIME_ZONE),
    sql: `select (select count(*) from conversations where status = 'open') as open,
                 (select count(*) from conversations where status = 'open' and unread_count > 0) as waiting,
                 percentile_cont(0.5) within group (order by w.answered - w.asked) as median
      from (select m.created_at as asked,
                   (select min(a.created_at) from support_messages a
                     where a.conversation_id = m.conversation_id and a.direction = 'out' and a.created_at > m.created_at) as answered
              from support_messages m
             where m.direction = 'in' and m.created_at >= '${support.from.toISOString()}' and m.created_at < '${support.to.toISOString()}'
               and coalesce((select p.direction from support_messages p
                              where p.conversation_id = m.conversation_id and p.direction <> 'note' and p.created_at < m.created_at
                              order by p.created_at desc limit 1), 'out') = 'out') w
     where w.answered is not null`,
  },
  {
    name: 'revenue and orders per day (90 days)',
    ours: () => loadDailySales(ours, chart),
    sql: `select (delivery_date at time zone 'UTC')::date as day, count(*) as orders, sum(total) as revenue
      from orders
     where status <> 'cancelled' and delivery_date >= ${utc(chart.first)} and delivery_date < ${utc(addDays(chart.last, 1))}
     group by 1`,
  },
  {
    name: 'money owed now',
    ours: () => loadMoneyOwed(ours),
    sql: `select sum(total - coalesce(amount_paid, 0)), count(distinct client_id), count(*)
      from orders
     where status in ('delivered', 'given') and payment_status is distinct from 'disputed'
       and coalesce(total, 0) > coalesce(amount_paid, 0)`,
  },
  {
    name: 'production plan (one day)',
    ours: () => loadMorningReport(payload, DAY),
    sql: `select o.fulfillment, i.product_id, sum(i.quantity), sum(i.line_total), count(distinct o.id)
      from orders o join orders_items i on i._parent_id = o.id
     where o.delivery_date >= ${utc(DAY)} and o.delivery_date < ${utc(addDays(DAY, 1))} and o.status <> 'cancelled'
     group by grouping sets ((o.fulfillment), (o.fulfillment, i.product_id))`,
  },
  {
    name: 'receivables by client, aged (loadReceivables)',
    ours: () => loadReceivables(ours, DAY),
    sql: `select c.id, c.name, c.phone, count(*) as orders, sum(o.total - coalesce(o.amount_paid, 0)) as total,
                 sum(o.total - coalesce(o.amount_paid, 0)) filter (where date '${DAY}' - (o.delivery_date at time zone 'UTC')::date <= 30) as days0to30,
                 sum(o.total - coalesce(o.amount_paid, 0)) filter (where date '${DAY}' - (o.delivery_date at time zone 'UTC')::date between 31 and 60) as days31to60,
                 sum(o.total - coalesce(o.amount_paid, 0)) filter (where date '${DAY}' - (o.delivery_date at time zone 'UTC')::date > 60) as over60
      from orders o join clients c on c.id = o.client_id
     where o.status in ('delivered', 'given') and o.payment_status is distinct from 'disputed'
       and coalesce(o.total, 0) > coalesce(o.amount_paid, 0)
     group by c.id order by total desc`,
  },
]

if (values.explain) await explainAll()

/** The plan of each figure's queries, ours as drizzle renders them and the hand-written one. */
async function explainAll() {
  const { dialect } = payload.db.drizzle as unknown as {
    dialect: { sqlToQuery: (query: unknown) => { sql: string; params: unknown[] } }
  }
  const explain = async (text: string, params: unknown[] = []) => {
    const { rows } = await direct.query(`explain (analyze, buffers) ${text}`, params)
    return rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n')
  }
  const recorder = {
    execute: async (query: unknown) => {
      const { sql, params } = dialect.sqlToQuery(query)
      console.log(`  ours:\n${await explain(sql, params)}`)
      return ours.execute(query)
    },
  } as typeof ours
  const explained: Record<string, () => Promise<unknown>> = {
    'orders, revenue, average, new clients (3+3 periods)': () =>
      loadPeriodSales(recorder, ranges, TIME_ZONE),
    'top 10 products (month)': () => loadTopProducts(recorder, month),
    'top 10 clients (month)': () => loadTopClients(recorder, month),
    'support: open, median first answer (month)': () =>
      loadSupportFigures(recorder, month, TIME_ZONE),
    'revenue and orders per day (90 days)': () => loadDailySales(recorder, chart),
    'money owed now': () => loadMoneyOwed(recorder),
    'receivables by client, aged (loadReceivables)': () => loadReceivables(recorder, DAY),
  }
  for (const figure of figures) {
    console.log(`\n${figure.name}`)
    await explained[figure.name]?.()
    console.log(`  hand-written:\n${await explain(figure.sql)}`)
  }
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// Warm-up: plans cached, pages in memory, for both sides.
for (let i = 0; i < 3; i++)
  for (const figure of figures) {
    await figure.ours()
    await direct.query(figure.sql)
  }
const times = figures.map(() => ({ ours: [] as number[], sql: [] as number[] }))
for (let run = 0; run < RUNS; run++) {
  for (const [i, figure] of figures.entries()) {
    const sides = [
      async () => times[i].sql.push(await time(() => direct.query(figure.sql))),
      async () => times[i].ours.push(await time(figure.ours)),
    ]
    if (run % 2) sides.reverse()
    for (const side of sides) await side()
  }
}

// The whole dashboard as the endpoint loads it (its queries side by side on the pool), against
// the same hand-written queries side by side on as many connections.
const pool = new pg.Pool({ connectionString: db.url, max: 6 })
const dashboardSql = [0, 1, 2, 3, 4, 5].map((i) => figures[i].sql)
const whole = { ours: [] as number[], sql: [] as number[] }
for (let run = 0; run < RUNS + 3; run++) {
  const sides = [
    async () =>
      whole.sql.push(await time(() => Promise.all(dashboardSql.map((q) => pool.query(q))))),
    async () =>
      whole.ours.push(
        await time(() => loadDashboard(ours, { date: DAY, period: 'month', timeZone: TIME_ZONE })),
      ),
  ]
  if (run % 2) sides.reverse()
  for (const side of sides) await side()
}
whole.ours.splice(0, 3)
whole.sql.splice(0, 3)

const rows = [
  ...figures.map((figure, i) => ({ name: figure.name, ...times[i] })),
  { name: 'whole dashboard (queries in parallel)', ...whole },
]
const line = (name: string, sql: number, ours: number) => {
  const ratio = ours / sql
  const verdict = ratio <= TARGET_RATIO && ours < TARGET_MS ? 'ok' : 'MISS'
  return `${name.padEnd(52)} ${sql.toFixed(1).padStart(9)} ${ours.toFixed(1).padStart(9)} ${`${ratio.toFixed(2)}×`.padStart(7)}  ${verdict}`
}
const stats = await direct.query<{ owed: string; messages: string }>(
  `select (select count(*) from orders o where o.status in ('delivered', 'given') and o.payment_status is distinct from 'disputed' and coalesce(o.total, 0) > coalesce(o.amount_paid, 0)) as owed,
          (select count(*) from support_messages) as messages`,
)
console.log(
  [
    `dashboard as of ${DAY} (${TIME_ZONE}): ${ORDERS} orders, ${CLIENTS} clients, ${stats.rows[0].owed} orders owed, ${stats.rows[0].messages} support messages; ${RUNS} runs each, interleaved`,
    `${'figure'.padEnd(52)} ${'SQL p50'.padStart(9)} ${'ours p50'.padStart(9)} ${'ratio'.padStart(7)}  (target ≤ ${TARGET_RATIO}× and < ${TARGET_MS} ms)`,
    ...rows.map((row) => line(row.name, p50(row.sql), p50(row.ours))),
  ].join('\n'),
)

await pool.end()
await direct.end()
await closePayload(payload)
await stopDatabase(db)

/**
 * Three years of a bakery: clients signing up all along; every day about 900 orders of 1–6
 * lines, mostly delivered or picked up and paid, a few cancelled, the last days still moving and
 * unpaid; one support conversation per client with an exchange every two weeks or so.
 */
async function seed(client: pg.Client) {
  const n = ORDERS
  await client.query(`
    insert into categories (name) values ('Bread');
    insert into products (name, sku, category_id, unit, price)
    select 'Product ' || p, 'P-' || p, (select min(id) from categories), 'pcs', 300000 + p * 25000
      from generate_series(0, 39) p;
    insert into clients (name, phone, created_at, updated_at)
    select 'Client ' || c, '+99890' || lpad(c::text, 7, '0'),
           '${FIRST_DAY}T09:00:00Z'::timestamptz - interval '30 days' + c * interval '${(DAYS * 24 * 60) / CLIENTS} minutes',
           now()
      from generate_series(1, ${CLIENTS}) c;`)
  const firstClient = Number(
    (await client.query<{ id: number }>('select min(id) as id from clients')).rows[0].id,
  )
  const firstProduct = Number(
    (await client.query<{ id: number }>('select min(id) as id from products')).rows[0].id,
  )
  // Line l of order k: its product, quantity and price follow from (k, l), so the order's total
  // is known when the order is written and the lines agree with it.
  const product = (k: string, l: string) => `((${k} * 31 + ${l} * 17) % 40)`
  const quantity = (k: string, l: string) => `(1 + (${k} + ${l} * 7) % 30)`
  const price = (p: string) => `(300000 + ${p} * 25000)`
  await client.query(`
    insert into orders (title, number, client_id, total, currency, fulfillment, delivery_date, status,
                        payment_status, amount_paid, source, created_at, updated_at)
    select 'bench', k, ${firstClient} + (k * 7919) % ${CLIENTS}, t.total, 'UZS',
           (case when k % 3 = 0 then 'pickup' else 'delivery' end)::enum_orders_fulfillment,
           d.day, s.status::enum_orders_status, p.status::enum_orders_payment_status,
           case p.status when 'paid' then t.total when 'partially_paid' then floor(t.total / 2) else 0 end,
           'bot', d.day - interval '1 day', d.day
      from generate_series(1::bigint, ${n}) k
     cross join lateral (select '${FIRST_DAY}T12:00:00Z'::timestamptz + ((k - 1) * ${DAYS}::bigint / ${n}) * interval '1 day' as day) d
     cross join lateral (select sum(${quantity('k', 'l')} * ${price(product('k', 'l'))}) as total
                           from generate_series(1, 1 + k % 6) l) t
     cross join lateral (select case
              when (k * 2654435761) % 100 < 4 then 'cancelled'
              when d.day < '${DAY}T00:00:00Z'::timestamptz - interval '2 days' then case when k % 3 = 0 then 'given' else 'delivered' end
              else (array['new', 'accepted', 'preparing'])[1 + k % 3] end as status) s
     cross join lateral (select case
              when s.status not in ('delivered', 'given') then 'unpaid'
              when (k * 40503) % 100 < case when d.day < '${DAY}T00:00:00Z'::timestamptz - interval '60 days' then 2 else 40 end
                then case when k % 5 = 0 then 'partially_paid' else 'unpaid' end
              else 'paid' end as status) p;`)
  await client.query(`
    insert into orders_items (_order, _parent_id, id, product_id, quantity, product_name, unit, unit_price, line_total)
    select l, o.id, o.id || '-' || l, ${firstProduct} + ${product('o.number', 'l')}, ${quantity('o.number', 'l')},
           'Product ' || ${product('o.number', 'l')}, 'pcs', ${price(product('o.number', 'l'))},
           ${quantity('o.number', 'l')} * ${price(product('o.number', 'l'))}
      from orders o cross join lateral generate_series(1, 1 + o.number::int % 6) l;`)
  await client.query(`
    insert into conversations (client_id, chat_id, status, unread_count, last_message_at)
    select c.id, c.id, (case when c.id % 10 = 0 then 'open' else 'closed' end)::enum_conversations_status,
           case when c.id % 20 = 0 then 2 else 0 end, '${DAY}T10:00:00Z'
      from clients c;
    insert into support_messages (conversation_id, direction, text, created_at, updated_at)
    select v.id, m.direction::enum_support_messages_direction, 'message', t.at + m.after, t.at + m.after
      from conversations v
     cross join generate_series(0, ${Math.floor(DAYS / 14.6)}) e
     cross join lateral (select '${FIRST_DAY}T05:00:00Z'::timestamptz + e * interval '14 days 14 hours'
                                + (v.id % 2000) * interval '7 minutes' as at) t
     cross join lateral (values ('in', interval '0'), ('in', interval '2 minutes'), ('note', interval '3 minutes'),
                                ('out', interval '3 minutes' + ((v.id * 31 + e * 17) % 180 + 1) * interval '1 minute')) m(direction, after)
     where (m.direction <> 'in' or m.after = interval '0' or (v.id + e) % 2 = 0)
       and (m.direction <> 'note' or (v.id + e) % 5 = 0);`)
}
