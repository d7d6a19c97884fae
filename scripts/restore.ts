import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { restoreDatabase } from '@/db/backup/restoreDatabase'
import { openDatabase } from '@/db/openDatabase'

// `npm run restore -- <file> [--yes]`: replaces DATABASE_URL's contents (or the embedded
// database's) with a backup. Stop the app first; see README, "Backups".
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const envFile = path.join(root, '.env')
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)

const args = process.argv.slice(2)
const confirmed = args.includes('--yes')
const files = args.filter((arg) => arg !== '--yes')
if (files.length !== 1) {
  console.error('[tandir] usage: npm run restore -- <backup file> [--yes]')
  process.exit(2)
}
const file = path.resolve(process.cwd(), files[0])

const db = await openDatabase(root)
try {
  await restoreDatabase({ root, url: db.url, file, confirmed })
  console.log(
    `[tandir] restored ${file}; run \`npm run migrate\` if the backup is older than this version`,
  )
} catch (error) {
  console.error(`[tandir] restore refused: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
} finally {
  await db.stop()
}
