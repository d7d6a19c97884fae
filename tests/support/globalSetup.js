// Plain JavaScript: jest loads global setup outside its transform pipeline, so the TypeScript
// start-up code is loaded through tsx.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** One fresh PostgreSQL for the whole run, with the committed migrations applied. */
export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    const { startEmbeddedPostgres } = await tsImport(
      '../../src/db/embeddedPostgres.ts',
      import.meta.url,
    )
    const db = await startEmbeddedPostgres({
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-test-pg-')),
      database: 'tandir_test',
      persistent: false,
    })
    globalThis.__TANDIR_DB__ = db
    process.env.DATABASE_URL = db.url
  }
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
  // Scheduled runs would write to the shared test database at unpredictable times; the
  // scheduler's own tests start it where they want it.
  process.env.TANDIR_SCHEDULER ??= 'off'
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/migrate.ts')], {
    cwd: root,
    env: process.env,
    stdio: 'inherit',
  })
}
