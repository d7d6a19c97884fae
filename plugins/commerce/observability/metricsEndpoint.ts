import crypto from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, Payload } from 'payload'
import { Gauge } from 'prom-client'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { metrics } from '@/shared/observability/metrics'
import { processSingleton } from '@/shared/observability/processSingleton'
import { commerceOf } from '../feature'

/** The outbox's state, read from the database at each scrape: the same on every server. */
const outboxGauges = () =>
  processSingleton('outboxGauges', () => {
    const registers = [metrics().registry]
    return {
      pending: new Gauge({
        name: 'tandir_outbox_pending',
        help: 'Outbox rows waiting to be sent (the whole database, not only this server)',
        registers,
      }),
      oldestAge: new Gauge({
        name: 'tandir_outbox_oldest_pending_age_seconds',
        help: 'Age of the oldest outbox row waiting to be sent; 0 when none waits',
        registers,
      }),
      dead: new Gauge({
        name: 'tandir_outbox_dead',
        help: 'Outbox rows parked as dead after their last try (dead letters), awaiting a person',
        registers,
      }),
    }
  })

async function readOutbox(payload: Payload): Promise<void> {
  // The (status, available_at) index serves the filter; sent rows, the bulk, are not read.
  const { rows } = await sqlDatabase(payload).execute<{
    pending: string
    dead: string
    oldest: string | null
  }>(sql`
    select count(*) filter (where status = 'pending') as pending,
           count(*) filter (where status = 'dead') as dead,
           extract(epoch from now() - min(created_at) filter (where status = 'pending')) as oldest
      from outbox
     where status in ('pending', 'dead')`)
  const gauges = outboxGauges()
  gauges.pending.set(Number(rows[0]?.pending ?? 0))
  gauges.dead.set(Number(rows[0]?.dead ?? 0))
  gauges.oldestAge.set(Math.max(0, Number(rows[0]?.oldest ?? 0)))
}

/**
 * `GET /api/metrics`: this process's figures in Prometheus' text format, for a scraper holding
 * `METRICS_TOKEN` as a bearer token. Without the token configured the endpoint does not exist (404).
 */
export const metricsEndpoint: Endpoint = {
  path: '/metrics',
  method: 'get',
  handler: async (req) => {
    const expected = commerceOf(req.payload).options.metrics.token
    if (!expected) return Response.json({ error: 'Not found' }, { status: 404 })
    if (!bearerMatches(expected, req.headers.get('authorization')))
      return Response.json(
        { error: 'Wrong or missing bearer token (Authorization: Bearer <METRICS_TOKEN>)' },
        { status: 401, headers: { 'www-authenticate': 'Bearer realm="metrics"' } },
      )
    try {
      await readOutbox(req.payload)
    } catch (error) {
      // The process's own figures still help when the database does not answer.
      req.payload.logger.error({ err: error }, 'metrics: the outbox could not be read')
    }
    const { registry } = metrics()
    return new Response(await registry.metrics(), {
      headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
    })
  },
}

function bearerMatches(expected: string, header: string | null): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1]
  if (!given) return false
  // Compared as digests: equal lengths for timingSafeEqual, and the token's length is not leaked.
  const digest = (value: string) => crypto.createHash('sha256').update(value).digest()
  return crypto.timingSafeEqual(digest(given), digest(expected))
}
