import { supportHealth } from '@commerce/features/support/supportHealth'

import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/** Liveness plus whether the database answers; 503 tells a load balancer to look elsewhere. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    try {
      await sqlDatabase(req.payload).execute(sql`select 1`)
      const support = supportHealth.problem()
      return Response.json({
        status: 'ok',
        database: 'up',
        databaseLatencyMs: Date.now() - started,
        support: support ?? 'ok',
      })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'health check: database unreachable')
      return Response.json({ status: 'error', database: 'down' }, { status: 503 })
    }
  },
}
