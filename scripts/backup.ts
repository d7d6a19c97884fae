import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { backupDatabase } from '@/db/backup/backupDatabase'
import { openDatabase } from '@/db/openDatabase'

// `npm run backup`: one dump of DATABASE_URL (or of the embedded database) into BACKUP_DIR, then
// the retention (7 daily, 4 weekly). Made to run from cron; see README, "Backups".
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const envFile = path.join(root, '.env')
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)

const dir = path.resolve(root, process.env.BACKUP_DIR || path.join('.data', 'backups'))
const db = await openDatabase(root)
try {
  const { file, bytes, removed } = await backupDatabase({ root, url: db.url, dir })
  console.log(`[tandir] backup ${file} (${(bytes / 1024).toFixed(0)} KiB)`)
  for (const name of removed) console.log(`[tandir] removed old backup ${name}`)
} catch (error) {
  console.error(`[tandir] backup failed: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
} finally {
  await db.stop()
}
