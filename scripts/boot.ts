import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { ConfigurationError } from '@/config/commerceOptionsFromEnv'
import { productionProblem } from '@/config/productionEnvironment'
import { closePayload } from '@/db/closePayload'
import { ensureSecret } from '@/db/ensureSecret'
import { openDatabase } from '@/db/openDatabase'
import { pendingMigrations } from '@/shared/db/pendingMigrations'
import { asScript } from '@/shared/processRole'
import { migrations } from '../migrations'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Whether this start applies the migrations itself. `TANDIR_MIGRATE_AT_START=off` when they are a
 * release step of their own (docker-compose.yml's `migrate` service): two replicas starting
 * together would otherwise both migrate, racing each other.
 */
const migratesAtStart = (env: NodeJS.ProcessEnv) => env.TANDIR_MIGRATE_AT_START !== 'off'

/**
 * Everything before the web server starts: environment, database, migrations (applied, or only
 * checked when `migrate` is false). Returns the environment the server must run with and how to
 * stop the embedded database.
 */
export async function boot(
  prepare?: (payload: Payload) => Promise<void>,
  { migrate }: { migrate?: boolean } = {},
) {
  const envFile = path.join(root, '.env')
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile)
  // Before anything starts: a wrong production setting is refused in one line naming it.
  const problem = productionProblem(process.env)
  if (problem) throw new ConfigurationError(problem)
  const db = await openDatabase(root)
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET = ensureSecret(root)
  if (db.embedded)
    console.log(`[tandir] embedded PostgreSQL at ${db.url.replace(/:[^:@/]+@/, ':***@')}`)

  try {
    // The config reads the environment when it is imported, so it is imported only now.
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const payload = await asScript(() => getPayload({ config }))
    try {
      if (migrate ?? migratesAtStart(process.env)) await payload.db.migrate()
      else await refusePendingMigrations(payload)
      await prepare?.(payload)
    } finally {
      await closePayload(payload)
    }
  } catch (error) {
    await db.stop()
    throw error
  }
  return { db, env: { ...process.env } }
}

/** A start that does not migrate refuses a database the release step has not migrated yet. */
async function refusePendingMigrations(payload: Payload): Promise<void> {
  const pending = await pendingMigrations(
    payload,
    migrations.map((migration) => migration.name),
  )
  if (pending.length)
    throw new ConfigurationError(
      `TANDIR_MIGRATE_AT_START=off and ${pending.length} migration(s) not applied (${pending.at(-1)}): run the release step first (\`docker compose run --rm migrate\`)`,
    )
}

/** Ends a failed start with its reason and exit code 1, never a bare `undefined`. */
export function exitWithReason(error: unknown): never {
  // A wrong setting is said in one line; anything else with its stack, to be found.
  const reason =
    error instanceof ConfigurationError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error)
  console.error(`[tandir] could not start: ${reason}`)
  process.exit(1)
}
