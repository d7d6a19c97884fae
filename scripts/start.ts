import { boot, exitWithReason } from './boot'
import { runServer } from './runServer'

const { db, env } = await boot().catch(exitWithReason)

runServer(['start', '--port', process.env.PORT ?? '3000'], env, db.stop)
