import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { migrations } from '../../migrations'
import { unique } from '../support/payload'

// docker-compose.yml migrates once in a `migrate` service and starts the app servers with
// TANDIR_MIGRATE_AT_START=off: they check the schema and refuse to start on one not migrated yet.
const name = `tandir_release_${unique()}`.toLowerCase()
const url = new URL(process.env.DATABASE_URL as string)
const fresh = Object.assign(new URL(url), { pathname: `/${name}` }).toString()
const latest = migrations.at(-1)?.name as string

async function query<Row>(text: string, connectionString = fresh): Promise<Row[]> {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    return (await client.query(text)).rows as Row[]
  } finally {
    await client.end()
  }
}

beforeAll(() => query(`CREATE DATABASE ${name}`, url.toString()))
afterAll(() => query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, url.toString()))

/** A script under tsx, on the fresh database. */
function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: fresh, PORT: '1', ...env },
    encoding: 'utf8',
    timeout: 90_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() }
}

/** `npm start` with migrations left to the release step. */
const startWithoutMigrating = () => run(['scripts/start.ts'], { TANDIR_MIGRATE_AT_START: 'off' })

/** What `npm start` does before the server listens, and no server. */
const bootWithoutMigrating = () =>
  run(
    [
      '--input-type=module',
      '--eval',
      "import { boot } from './scripts/boot.ts'\nconst { db } = await boot()\nawait db.stop()",
    ],
    { TANDIR_MIGRATE_AT_START: 'off' },
  )

const applied = async () =>
  (await query<{ name: string }>('SELECT name FROM payload_migrations WHERE batch > 0')).map(
    (row) => row.name,
  )

describe('migrations as a release step', () => {
  it('a start without migrating refuses a database never migrated, in one line, touching nothing', async () => {
    const start = startWithoutMigrating()
    expect(start.status).toBe(1)
    expect(start.stderr.split('\n')).toEqual([
      `[tandir] could not start: TANDIR_MIGRATE_AT_START=off and ${migrations.length} migration(s) not applied (${latest}): run the release step first (\`docker compose run --rm migrate\`)`,
    ])
    expect(start.stdout).not.toContain('Migrating')
    expect(await query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).toEqual([])
  })

  it('the release step migrates once and makes the first admin; then a start checks and does not migrate', async () => {
    const release = run(['scripts/migrate.ts'], {
      ADMIN_EMAIL: 'owner@example.uz',
      ADMIN_PASSWORD: 'Bakery-owner-2026',
    })
    expect(release.status).toBe(0)
    expect(release.stdout).toContain(`Migrated:  ${latest}`)
    expect(release.stdout).toContain(
      '[tandir] first admin owner@example.uz created from ADMIN_EMAIL',
    )
    expect(await applied()).toEqual(migrations.map((migration) => migration.name))

    const start = bootWithoutMigrating()
    expect([start.status, start.stderr]).toEqual([0, ''])
    expect(start.stdout).not.toContain('Migrating')
  })

  it('a start without migrating refuses code newer than the schema, naming the missing migration', async () => {
    await query(`DELETE FROM payload_migrations WHERE name = '${latest}'`)
    const start = startWithoutMigrating()
    expect(start.status).toBe(1)
    expect(start.stderr).toBe(
      `[tandir] could not start: TANDIR_MIGRATE_AT_START=off and 1 migration(s) not applied (${latest}): run the release step first (\`docker compose run --rm migrate\`)`,
    )
    expect(await applied()).not.toContain(latest)
  })
})
