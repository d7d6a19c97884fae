import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'

import { closePayload } from '@/db/closePayload'
import { cachedPayload } from '@/server/cachedPayload'
import { trackRequests } from '@/server/drainHttpServer'
import { HTTP_DRAIN_MS, SHUTDOWN_DEADLINE_MS } from '@/server/shutdownDeadline'
import { markDraining } from '@/shared/observability/draining'

// The production web server (started by scripts/start.ts once the database is ready): Next's
// request handler on a server of our own, because `next start` exits on SIGTERM (code 143) as soon
// as its requests are answered, leaving the outbox dispatcher and the scheduler mid-round and the
// pool open. Here a stop takes turns: no new connections, requests in flight answered, background
// work stopped (the dispatcher hands back rows it claimed), the pool closed; then exit 0.
// NODE_ENV is production (scripts/start.ts sets it, as `next start` would).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'

const app = next({ dev: false, dir: root, port, hostname })
const handle = app.getRequestHandler()
await app.prepare()
const server = http.createServer((request, response) => void handle(request, response))
const requests = trackRequests(server)
await new Promise<void>((resolve) => server.listen(port, hostname, resolve))
console.log(`[tandir] listening on http://${hostname}:${port}`)

// Payload starts with its first request; asking for our health starts the outbox dispatcher and
// the scheduler now, not when the first visitor comes.
fetch(`http://127.0.0.1:${port}/api/health`).catch(() => {})

let stopping = false
async function stop(signal: string) {
  if (stopping) {
    console.error(`[tandir] ${signal} again: exiting without waiting`)
    process.exit(1)
  }
  stopping = true
  const started = Date.now()
  setTimeout(() => {
    console.error(
      `[tandir] stop took over ${SHUTDOWN_DEADLINE_MS / 1000} s: exiting without waiting`,
    )
    process.exit(1)
  }, SHUTDOWN_DEADLINE_MS).unref()
  // Readiness answers 503 from now on: the proxy sends new requests elsewhere while these finish.
  markDraining()
  console.log(`[tandir] ${signal}: stopping (${requests.inFlight()} requests in flight)`)
  const answered = await requests.drain(HTTP_DRAIN_MS)
  const httpDone = Date.now()
  if (!answered) console.error('[tandir] requests still open after the drain time were cut')
  const payload = await cachedPayload()
  // Payload's destroy runs the steps the dispatcher, the scheduler and the bot registered.
  if (payload) await closePayload(payload)
  await app.close().catch(() => {})
  const seconds = (ms: number) => (ms / 1000).toFixed(2)
  console.log(
    `[tandir] stopped in ${seconds(Date.now() - started)} s (requests ${seconds(httpDone - started)} s, background work and pool ${seconds(Date.now() - httpDone)} s)`,
  )
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal))
