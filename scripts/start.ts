import { ConfigurationError } from '@/config/commerceOptionsFromEnv'
import { boot, exitWithReason } from './boot'
import { runServer } from './runServer'

const { db, env } = await boot(async (payload) => {
  const { AdminRefusal, ensureFirstAdminFromEnv } = await import('@/db/seed/createAdmin')
  const created = await ensureFirstAdminFromEnv(payload, process.env).catch((error) => {
    throw error instanceof AdminRefusal
      ? new ConfigurationError(`ADMIN_EMAIL / ADMIN_PASSWORD: ${error.message}`)
      : error
  })
  if (created) console.log(`[tandir] first admin ${created} created from ADMIN_EMAIL`)
}).catch(exitWithReason)

runServer(['start', '--port', process.env.PORT ?? '3000'], env, db.stop)
