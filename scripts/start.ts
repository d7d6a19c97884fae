import { boot, exitWithReason } from './boot'
import { runServer } from './runServer'

const { db, env } = await boot(async (payload) => {
  const { createFirstAdminAtStart } = await import('@/db/seed/createAdmin')
  await createFirstAdminAtStart(payload)
}).catch(exitWithReason)

runServer(['start', '--port', process.env.PORT ?? '3000'], env, db.stop)
