import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { migrations } from '../../migrations'

/**
 * The committed migrations (migrations/index.ts) the database has not applied, oldest first. A
 * database without Payload's migrations table was never migrated: all of them are pending.
 */
export async function pendingMigrations(payload: Payload): Promise<string[]> {
  const db = sqlDatabase(payload)
  const names = migrations.map((migration) => migration.name)
  const [table] = (
    await db.execute<{ name: string | null }>(sql`select to_regclass('payload_migrations') as name`)
  ).rows
  if (!table?.name) return names
  const { rows } = await db.execute<{ name: string }>(sql`select name from payload_migrations`)
  const applied = new Set(rows.map((row) => row.name))
  return names.filter((name) => !applied.has(name))
}
