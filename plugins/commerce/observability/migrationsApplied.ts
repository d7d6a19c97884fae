import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/**
 * The migrations this code expects (the plugin's `migrations` option) that the database has not
 * applied: a server started on a schema older than its code answers wrongly, so it is not ready.
 */
export async function missingMigrations(payload: Payload, expected: string[]): Promise<string[]> {
  const { rows } = await sqlDatabase(payload).execute<{ name: string }>(
    sql`select name from payload_migrations`,
  )
  const applied = new Set(rows.map((row) => row.name))
  return expected.filter((name) => !applied.has(name))
}
