import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from './sqlDatabase'

/**
 * The migrations of `expected` (the committed ones, oldest first) the database has not applied. A
 * database without Payload's migrations table was never migrated: all of them are pending.
 */
export async function pendingMigrations(payload: Payload, expected: string[]): Promise<string[]> {
  const db = sqlDatabase(payload)
  const [table] = (
    await db.execute<{ name: string | null }>(sql`select to_regclass('payload_migrations') as name`)
  ).rows
  if (!table?.name) return expected
  const { rows } = await db.execute<{ name: string }>(sql`select name from payload_migrations`)
  const applied = new Set(rows.map((row) => row.name))
  return expected.filter((name) => !applied.has(name))
}
