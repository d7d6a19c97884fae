import { sql } from '@payloadcms/db-postgres'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'

/** A client's wallet, made empty on the first entry that needs it. */
export async function ensureWallet(db: SqlExecutor, client: number): Promise<void> {
  await db.execute(sql`
    insert into wallets (client_id, balance, auto_recharge_failures, updated_at, created_at)
    values (${client}, 0, 0, now(), now())
    on conflict (client_id) do nothing`)
}
