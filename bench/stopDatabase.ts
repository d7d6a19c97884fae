import type { EmbeddedDatabase } from '@/db/embeddedPostgres'

/** Stops a benchmark's database; the one connection it cuts that nothing uses any more is expected. */
export async function stopDatabase(db: EmbeddedDatabase): Promise<void> {
  process.on('uncaughtException', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') throw error
  })
  await db.stop()
}
