import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'

import type pg from 'pg'

import { serverMajor, toolConnection, withClient } from './connection'
import { findPostgresTools } from './postgresTools'

const run = promisify(execFile)

/** A restore that would overwrite data nobody confirmed losing. */
export class RestoreRefusal extends Error {}

/** The tables of `client`'s database that hold at least one row. */
async function tablesWithRows(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select format('%I.%I', schemaname, tablename) as name from pg_tables
      where schemaname not in ('pg_catalog', 'information_schema') order by 1`,
  )
  const full: string[] = []
  for (const { name } of rows) {
    const { rowCount } = await client.query(`select 1 from ${name} limit 1`)
    if (rowCount) full.push(name)
  }
  return full
}

/**
 * Restores a `pg_dump --format=custom` file into the database at `url`, replacing what is there
 * (`--clean --if-exists`), in one transaction: either the whole dump is in, or nothing changed.
 * A database that holds data is replaced only when `confirmed` (`--yes`).
 */
export async function restoreDatabase({
  root,
  url,
  file,
  confirmed,
}: {
  root: string
  url: string
  file: string
  confirmed: boolean
}): Promise<void> {
  if (!fs.existsSync(file)) throw new RestoreRefusal(`no backup file at ${file}`)
  const { major, full } = await withClient(url, async (client) => ({
    major: await serverMajor(client),
    full: await tablesWithRows(client),
  }))
  if (full.length && !confirmed) {
    const database = new URL(url).pathname.slice(1)
    throw new RestoreRefusal(
      `the database ${database} has data (${full.length} tables with rows, e.g. ${full.slice(0, 3).join(', ')}); add --yes to replace it with the backup`,
    )
  }
  const tools = findPostgresTools(root, major)
  const { dbname, env } = toolConnection(url)
  try {
    await run(
      tools.pgRestore,
      ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${dbname}`, file],
      { env, maxBuffer: 16 * 1024 * 1024 },
    )
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim()
    throw new Error(`pg_restore failed: ${stderr || (error as Error).message}`)
  }
}
