import { sql } from '@payloadcms/db-postgres'

import { owedOrder } from '@/shared/db/ruleFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

export interface MoneyOwed {
  /** Minor units owed now, on every order handed over and not paid in full. */
  total: number
  clients: number
  orders: number
}

/**
 * Money owed now, by the receivables' own rule: the orders `owedOrder` admits (the twin of
 * `isOwed`), each owing what is left to pay (`amountOwed` of such an order). The partial index of
 * owed orders holds every column read, so years of paid orders cost nothing; `owedAmount` would
 * test the statuses again, which the index does not store, and send every row to the table.
 */
export async function loadMoneyOwed(db: SqlExecutor): Promise<MoneyOwed> {
  const { rows } = await db.execute<MoneyOwed>(sql`
    select coalesce(sum(coalesce(o.total, 0) - coalesce(o.amount_paid, 0)), 0)::float8 as total,
           count(distinct o.client_id)::int as clients, count(*)::int as orders
      from orders o
     where ${owedOrder('o')}`)
  return rows[0]
}
