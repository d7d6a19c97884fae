import { loadReceivables } from '@commerce/features/receivables/loadReceivables'
import { recomputeBalances } from '@commerce/features/receivables/recomputeBalances'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { addDays } from '@/domain/calendarDate'
import { ORDER_STATUSES } from '@/domain/orderWorkflow'
import { PAYMENT_STATUSES } from '@/domain/payments'
import {
  ageingBucketOf,
  amountOwed,
  balanceOf,
  deliveryDayOf,
  isOwed,
  type ReceivableOrder,
  receivablesOf,
} from '@/domain/receivables'
import { ageingBucket, owedAmount, owedOrder } from '@/shared/db/ruleFragments'
import { type SqlExecutor, sqlDatabase } from '@/shared/db/sqlDatabase'
import { closePayload, openPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await openPayload()
})
afterAll(() => closePayload(payload))

/** A repeatable stream of numbers: the same orders on every run, so a failure can be replayed. */
function numbers(seed: number) {
  let state = seed
  return (n: number) => {
    state = (state * 48271) % 2147483647
    return state % n
  }
}

// Ages on and around every boundary, and the far past and the near future.
const AGES = [-400, -1, 0, 1, 29, 30, 31, 32, 59, 60, 61, 62, 90, 365, 1000]
const TIMES = ['12:00:00.000', '00:00:00.000', '23:59:59.999']
const TODAYS = ['2026-12-31', '2027-03-01', '2028-03-01', '2028-02-29']

interface GeneratedOrder extends ReceivableOrder {
  id: number
}

/** Orders with every status and payment status, totals and payments on either side of each other, dates around the buckets' edges. */
function generateOrders(count: number, today: string, clients: number[], seed = 7) {
  const pick = numbers(seed)
  return Array.from({ length: count }, (_, id): GeneratedOrder => {
    const total = [null, 0, 1, 96_000_00, 1_234_567_89][pick(5)]
    const paid = [null, 0, 1, (total ?? 0) - 1, total, (total ?? 0) + 1, 50_000_00][pick(7)]
    const age = pick(4) === 0 ? pick(800) - 100 : AGES[pick(AGES.length)]
    return {
      id: id + 1,
      client: clients[pick(clients.length)],
      // Handed-over orders are made twice as likely: they are the ones the rules look at.
      status: pick(2)
        ? ['delivered', 'given'][pick(2)]
        : ORDER_STATUSES[pick(ORDER_STATUSES.length)],
      paymentStatus: pick(8) === 0 ? null : PAYMENT_STATUSES[pick(PAYMENT_STATUSES.length)],
      total,
      amountPaid: paid === null || paid < 0 ? null : paid,
      deliveryDate: pick(40) === 0 ? null : `${addDays(today, -age)}T${TIMES[pick(TIMES.length)]}Z`,
    }
  })
}

const asRows = (orders: GeneratedOrder[]) =>
  JSON.stringify(
    orders.map((order) => ({
      id: order.id,
      status: order.status,
      payment_status: order.paymentStatus,
      total: order.total,
      amount_paid: order.amountPaid,
      delivery_date: order.deliveryDate,
    })),
  )

describe('money owed: the SQL and the domain agree', () => {
  it.each(TODAYS)('on each of 3,000 generated orders, aged to %s', async (today) => {
    const orders = generateOrders(3000, today, [1], TODAYS.indexOf(today) + 11)
    const { rows } = await sqlDatabase(payload).execute<{
      id: number
      owed: boolean
      amount: number
      bucket: string
    }>(sql`
      select o.id, ${owedOrder('o')} as owed, ${owedAmount('o')}::float8 as amount,
             ${ageingBucket('o', today)} as bucket
        from json_to_recordset(${asRows(orders)}::json)
          as o(id int, status text, payment_status text, total numeric, amount_paid numeric, delivery_date timestamptz)
       order by o.id`)
    expect(rows).toHaveLength(orders.length)
    const disagreements = rows.filter((row) => {
      const order = orders[row.id - 1]
      return (
        row.owed !== isOwed(order) ||
        row.amount !== amountOwed(order) ||
        row.bucket !== ageingBucketOf(deliveryDayOf(order.deliveryDate), today)
      )
    })
    expect(disagreements.map((row) => [row, orders[row.id - 1]])).toEqual([])
    // The generator reaches every answer, or the agreement would prove little.
    expect(new Set(rows.filter((row) => row.owed).map((row) => row.bucket)).size).toBe(3)
    expect(rows.filter((row) => row.owed).length).toBeGreaterThan(300)
    expect(rows.filter((row) => !row.owed).length).toBeGreaterThan(300)
  })

  /** Runs `work` on generated clients and orders in a transaction that is rolled back: other tests never see them. */
  async function withOrders(
    today: string,
    work: (db: SqlExecutor, orders: GeneratedOrder[], clients: number[]) => Promise<void>,
  ) {
    const drizzle = (
      payload.db as unknown as {
        drizzle: { transaction: (run: (db: SqlExecutor) => Promise<void>) => Promise<void> }
      }
    ).drizzle
    const rollback = new Error('rolled back on purpose')
    await drizzle
      .transaction(async (db: SqlExecutor) => {
        const { rows } = await db.execute<{ id: number }>(sql`
          insert into clients (name, phone)
          select 'Generated ' || n, '+99890' || lpad(n::text, 7, '0') from generate_series(1, 40) n
          returning id`)
        const clients = rows.map((row) => Number(row.id))
        const generated = generateOrders(4000, today, clients, 5)
        const { rows: ids } = await db.execute<{ id: number }>(sql`
          insert into orders (client_id, fulfillment, status, payment_status, total, amount_paid, delivery_date)
          select o.client, 'delivery', o.status::enum_orders_status,
                 o."paymentStatus"::enum_orders_payment_status, o.total, o."amountPaid",
                 coalesce(o."deliveryDate", '2026-01-01T12:00:00Z')
            from json_to_recordset(${JSON.stringify(generated)}::json)
              as o(client int, status text, "paymentStatus" text, total numeric, "amountPaid" numeric, "deliveryDate" timestamptz)
           returning id`)
        expect(ids).toHaveLength(generated.length)
        // The column is required: orders without a date are stored with an old one, as the
        // domain sees them from here on.
        const orders = generated.map((order) => ({
          ...order,
          deliveryDate: order.deliveryDate ?? '2026-01-01T12:00:00Z',
        }))
        await work(db, orders, clients)
        throw rollback
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error
      })
  }

  it("loadReceivables' one query gives the domain's list, and each balance the domain's sum", async () => {
    const today = '2027-03-01'
    await withOrders(today, async (db, generated, clients) => {
      // Every order in the database, the generated ones and those other tests left, as the domain reads them.
      const { rows: all } = await db.execute<
        ReceivableOrder & { phone: string | null; name: string }
      >(sql`
        select o.client_id as client, o.status, o.payment_status as "paymentStatus",
               o.total::float8 as total, o.amount_paid::float8 as "amountPaid",
               to_char(o.delivery_date at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "deliveryDate"
          from orders o`)
      const { rows: people } = await db.execute<{ id: number; name: string; phone: string | null }>(
        sql`select id, name, phone from clients`,
      )
      const directory = new Map(people.map((p) => [Number(p.id), { name: p.name, phone: p.phone }]))
      const expected = receivablesOf(
        all.map((order) => ({ ...order, client: Number(order.client) })),
        directory,
        today,
      )
      const loaded = await loadReceivables(db, today)
      expect(loaded.clients).toEqual(expected)
      expect(loaded.clients.filter((c) => clients.includes(c.clientId)).length).toBeGreaterThan(30)
      expect(loaded.totals.total).toBe(expected.reduce((sum, client) => sum + client.total, 0))

      const balances = await recomputeBalances(db, clients)
      for (const client of clients)
        expect([client, balances.get(client)]).toEqual([
          client,
          balanceOf(generated.filter((order) => order.client === client)),
        ])
      const { rows: stored } = await db.execute<{ id: number; balance: number }>(
        sql`select id, balance::float8 as balance from clients where id = ${clients[0]}`,
      )
      expect(stored[0].balance).toBe(balances.get(clients[0]))
    })
  })

  it('the owed-orders index serves the query (its predicate is the fragment, word for word)', async () => {
    await withOrders('2027-03-01', async (db) => {
      await db.execute(sql`set local enable_seqscan = off`)
      await db.execute(sql`set local enable_bitmapscan = off`)
      const { rows } = await db.execute<{ 'QUERY PLAN': string }>(
        sql`explain select sum(${owedAmount('o')}) from orders o where o.client_id = 1 and ${owedOrder('o')}`,
      )
      expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('orders_owed_idx')
    })
  })
})
