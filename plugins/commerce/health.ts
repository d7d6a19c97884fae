import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { commerceOf } from './feature'

/**
 * `GET /api/health`: liveness, whether the database answers (503 tells a load balancer to look
 * elsewhere), and what each feature reports.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    try {
      await sqlDatabase(req.payload).execute(sql`select 1`)
    } catch (error) {
      req.payload.logger.error({ err: error }, 'health check: database unreachable')
      return Response.json({ status: 'error', database: 'down' }, { status: 503 })
    }
    const features = commerceOf(req.payload).features.filter((feature) => feature.health)
    return Response.json({
      status: 'ok',
      database: 'up',
      databaseLatencyMs: Date.now() - started,
      ...Object.fromEntries(features.map((feature) => [feature.name, feature.health?.() ?? 'ok'])),
    })
  },
}
