import type { Endpoint, PayloadHandler } from 'payload'
import { readiness } from './readiness'

/**
 * Readiness: 200 while this server should take requests, else 503 naming the failing checks
 * (`failing`), so a proxy or orchestrator sends requests elsewhere. The body reports every check.
 */
const ready: PayloadHandler = async (req) => {
  const { ready, failing, body } = await readiness(req.payload)
  return Response.json(ready ? { status: 'ok', ...body } : { status: 'error', failing, ...body }, {
    status: ready ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  })
}

/**
 * `GET /api/health/live` answers while the process serves, asking nothing of the database: an
 * orchestrator restarts a process that stops answering, not one whose database is away.
 * `GET /api/health/ready` is readiness; `GET /api/health` is the same (the image's health check).
 */
export const healthEndpoints: Endpoint[] = [
  {
    path: '/health/live',
    method: 'get',
    handler: () =>
      Response.json(
        { status: 'ok', uptimeSeconds: Math.round(process.uptime()) },
        { headers: { 'cache-control': 'no-store' } },
      ),
  },
  { path: '/health/ready', method: 'get', handler: ready },
  { path: '/health', method: 'get', handler: ready },
]
