import { sql } from '@payloadcms/db-postgres'

import { owedLeft, owedOrder } from '@/shared/db/ruleFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

export interface MoneyOwed {
  /** Minor units owed now, on every order handed over and not paid in full. */
  total: number
  clients: number
  orders: number
}

/**
 * Money owed now, by the receivables' own rule: the orders `owedOrder` admits (the twin of
 * `isOwed`), each owing `owedLeft` (`amountOwed` of an order known to be owed). Both read only what
 * the partial index of owed orders holds, so years of paid orders cost nothing.
 */
export async function loadMoneyOwed(db: SqlExecutor): Promise<MoneyOwed> {
  const { rows } = await db.execute<MoneyOwed>(sql`
    select coalesce(sum(${owedLeft('o')}), 0)::float8 as total,
           count(distinct o.client_id)::int as clients, count(*)::int as orders
      from orders o
     where ${owedOrder('o')}`)
  return rows[0]
}
