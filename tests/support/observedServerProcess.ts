/**
 * The REST API in a process of its own, as production runs it (the parent sets NODE_ENV and
 * DATABASE_URL), so a test reads the log exactly as a log collector would (stdout) and can take
 * the database away from under it. Tells its parent the API's address over IPC.
 *   spawn(node, ['--import', 'tsx', 'tests/support/observedServerProcess.ts'], { stdio: [..., 'ipc'] })
 */
import { closePayload, openPayload } from './payload'
import { startRestServer } from './restServer'

const payload = await openPayload()
const server = await startRestServer()
process.send?.({ url: server.url })
process.on('SIGTERM', async () => {
  await server.close()
  await closePayload(payload).catch(() => {})
  process.exit(0)
})
