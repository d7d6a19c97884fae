import { sql } from '@payloadcms/db-postgres'
import { owedLeft, owedOrder } from '@/shared/db/ruleFragments'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

/**
 * Sets each client's stored balance to what they owe now, worked out again from their orders.
 * The rows are locked first, in id order, in a statement of their own: the sum that follows then
 * reads every order committed by a write that held the lock before, so two payments for one
 * client landing together cannot leave the balance one of them behind. Rows already right are
 * left alone. Returns the balances, by client.
 *
 * `for no key update`, the lock an update of the balance takes anyway: a payment's insert holds a
 * key-share lock on its client (the foreign key), which `for update` would wait on, deadlocking
 * two payments of one client that each wait for the other's.
 */
export async function recomputeBalances(
  db: SqlExecutor,
  clientIds: readonly number[],
): Promise<Map<number, number>> {
  const ids = [...new Set(clientIds)].sort((a, b) => a - b)
  if (ids.length === 0) return new Map()
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )
  await db.execute(sql`select id from clients where id in (${list}) order by id for no key update`)
  const { rows } = await db.execute<{ id: number; balance: number }>(sql`
    with owed as (
      select c.id, coalesce((select sum(${owedLeft('o')}) from orders o
                              where o.client_id = c.id and ${owedOrder('o')}), 0) as balance
        from clients c where c.id in (${list})),
    changed as (
      update clients c set balance = owed.balance from owed
       where c.id = owed.id and c.balance is distinct from owed.balance)
    select id, balance::float8 as balance from owed`)
  return new Map(rows.map((row) => [Number(row.id), Number(row.balance)]))
}
