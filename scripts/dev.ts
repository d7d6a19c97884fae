import path from 'node:path'

import { boot, exitWithReason, root } from './boot'
import { runServer } from './runServer'

const port = process.env.PORT ?? '3000'

const { db, env } = await boot(async (payload) => {
  const { seedDemoData } = await import('@/db/seed/seedDemoData')
  const { ensureDevAdmin } = await import('@/db/seed/ensureDevAdmin')
  await seedDemoData(payload)
  const admin = await ensureDevAdmin(payload)
  console.log(
    `[tandir] admin panel: http://localhost:${port}/admin  login: ${admin.email} / ${admin.password}`,
  )
}).catch(exitWithReason)

runServer([path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '--port', port], env, db.stop)
