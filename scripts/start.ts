import path from 'node:path'

import { boot, exitWithReason, root } from './boot'
import { runServer } from './runServer'

const { db, env } = await boot(async (payload) => {
  const { createFirstAdminAtStart } = await import('@/db/seed/createAdmin')
  await createFirstAdminAtStart(payload)
}).catch(exitWithReason)

// The web server runs Next's build under scripts/serve.ts, which stops gracefully on SIGTERM.
runServer(
  ['--import', 'tsx', path.join(root, 'scripts/serve.ts')],
  { ...env, NODE_ENV: 'production', PORT: process.env.PORT ?? '3000' },
  db.stop,
)
