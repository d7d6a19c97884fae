import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { backupDatabase } from '@/db/backup/backupDatabase'
import { serverMajor, withClient } from '@/db/backup/connection'
import { findPostgresTools } from '@/db/backup/postgresTools'
import { RestoreRefusal, restoreDatabase } from '@/db/backup/restoreDatabase'
import { makeCatalog, makeClient, makeUser } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { startPostgresBesideTools } from '../support/postgresBesideTools'

const root = path.resolve(import.meta.dirname, '../..')
const BUSINESS_TABLES = [
  'orders',
  'orders_items',
  'clients',
  'client_prices',
  'products',
  'categories',
  'transactions',
  'conversations',
  'users',
  'settings',
]

/** Why no pg_dump/pg_restore on this machine can serve the server at `url`, or nothing. */
const toolsMissingFor = async (url: string) => {
  const major = await withClient(url, serverMajor)
  try {
    findPostgresTools(root, major)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

// pg_dump refuses a server newer than itself. When the test database (the embedded PostgreSQL 16)
// is newer than every pg_dump here (Debian 12 ships 15), the round trip runs on a PostgreSQL
// started from the tools' own directory instead, migrated like the test database.
let source = process.env.DATABASE_URL as string
let besideTools: Awaited<ReturnType<typeof startPostgresBesideTools>>
if (await toolsMissingFor(source)) {
  besideTools = await startPostgresBesideTools()
  if (besideTools) {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/migrate.ts')], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: besideTools.url },
      stdio: 'pipe',
    })
    source = besideTools.url
    process.env.DATABASE_URL = source
    process.env.PG_BIN_DIR = besideTools.binDir
  }
}
const toolsMissing = await toolsMissingFor(source)
if (toolsMissing) console.warn(`backup round trip skipped: ${toolsMissing}`)
const roundTrip = toolsMissing ? describe.skip : describe

/** Every table of the public schema: its row count and the md5 of all its rows' text in order. */
const fingerprint = (url: string) =>
  withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
    )
    const result: Record<string, { rows: number; md5: string }> = {}
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `select count(*)::int as rows,
                md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5
           from public."${name}" t`,
      )
      result[name] = rows[0]
    }
    return result
  })

roundTrip('a backup restored into a fresh database', () => {
  let payload: Payload
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-backups-'))
  const targetName = `tandir_restore_${unique().toLowerCase()}`
  const target = Object.assign(new URL(source), { pathname: `/${targetName}` }).toString()

  beforeAll(async () => {
    payload = await openPayload()
    // Business rows of every kind: a catalog, a client with its own price, an order with lines,
    // a payment, a support conversation, a staff account and the settings.
    const catalog = await makeCatalog(payload)
    const client = await makeClient(payload, { deliveryAddress: 'Amir Temur 107' })
    await makeUser(payload, 'manager')
    await payload.create({
      collection: 'client-prices',
      data: { client: client.id, product: catalog.bread.id, price: 750000 },
    })
    const order = await payload.create({
      collection: 'orders',
      data: {
        client: client.id,
        fulfillment: 'delivery',
        deliveryDate: '2026-11-23',
        items: [
          { product: catalog.bread.id, quantity: 40 },
          { product: catalog.samsa.id, quantity: 12 },
        ],
      } as never,
    })
    await payload.create({
      collection: 'transactions',
      data: {
        order: order.id,
        client: client.id,
        provider: 'cash',
        kind: 'payment',
        status: 'succeeded',
        amount: 10_000_000,
        currency: 'UZS',
      } as never,
    })
    await payload.create({
      collection: 'conversations',
      data: { client: client.id, chatId: 990_001 },
    })
    await payload.updateGlobal({ slug: 'settings', data: { minOrderAmount: 5_000_000 } as never })
    await withClient(source, (db) => db.query(`create database "${targetName}"`))
  })

  afterAll(async () => {
    await closePayload(payload)
    await withClient(source, (db) => db.query(`drop database if exists "${targetName}"`))
    fs.rmSync(dir, { recursive: true, force: true })
    besideTools?.stop()
  })

  it('has every table, row for row, and refuses to overwrite data without --yes', async () => {
    const { file, removed } = await backupDatabase({ root, url: source, dir })
    expect(path.basename(file)).toMatch(/^tandir-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.dump$/)
    expect(removed).toEqual([])
    expect(fs.readdirSync(dir)).toEqual([path.basename(file)])
    const before = await fingerprint(source)

    await restoreDatabase({ root, url: target, file, confirmed: false })
    const after = await fingerprint(target)
    for (const table of BUSINESS_TABLES) expect(before[table]?.rows).toBeGreaterThan(0)
    expect(after).toEqual(before)

    // The restored database now has data: a second restore needs the operator's yes.
    await expect(restoreDatabase({ root, url: target, file, confirmed: false })).rejects.toThrow(
      RestoreRefusal,
    )
    await expect(restoreDatabase({ root, url: target, file, confirmed: false })).rejects.toThrow(
      new RegExp(`^the database ${targetName} has data \\(\\d+ tables with rows.*add --yes`),
    )
    await withClient(target, (db) => db.query('delete from client_prices'))
    await restoreDatabase({ root, url: target, file, confirmed: true })
    expect(await fingerprint(target)).toEqual(before)
  })

  it('refuses a file that is not there, saying which', async () => {
    await expect(
      restoreDatabase({ root, url: target, file: path.join(dir, 'nope.dump'), confirmed: true }),
    ).rejects.toThrow(/^no backup file at .*nope\.dump$/)
  })
})
