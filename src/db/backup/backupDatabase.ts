import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { serverMajor, toolConnection, withClient } from './connection'
import { findPostgresTools } from './postgresTools'
import { applyRetention, backupFileName, DEFAULT_RETENTION, type Retention } from './retention'

const run = promisify(execFile)

export interface BackupResult {
  file: string
  bytes: number
  removed: string[]
}

/**
 * Dumps the database at `url` (`pg_dump --format=custom`: compressed, restorable table by table)
 * into `dir` under its UTC time, then deletes the backups the retention no longer keeps. The dump
 * is written under a `.partial` name and renamed when complete, so a failed run never counts
 * as a backup and never makes an older one be deleted.
 */
export async function backupDatabase({
  root,
  url,
  dir,
  now = new Date(),
  retention = DEFAULT_RETENTION,
}: {
  root: string
  url: string
  dir: string
  now?: Date
  retention?: Retention
}): Promise<BackupResult> {
  const major = await withClient(url, serverMajor)
  const tools = findPostgresTools(root, major)
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, backupFileName(now))
  const partial = `${file}.partial`
  const { dbname, env } = toolConnection(url)
  try {
    await run(
      tools.pgDump,
      ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${dbname}`],
      {
        env,
      },
    )
  } catch (error) {
    fs.rmSync(partial, { force: true })
    const stderr = (error as { stderr?: string }).stderr?.trim()
    throw new Error(`pg_dump failed: ${stderr || (error as Error).message}`)
  }
  fs.renameSync(partial, file)
  const { remove } = applyRetention(fs.readdirSync(dir), retention)
  for (const name of remove) fs.rmSync(path.join(dir, name), { force: true })
  return { file, bytes: fs.statSync(file).size, removed: remove }
}
