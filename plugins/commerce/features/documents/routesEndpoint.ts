import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'
import { STAFF_ROLES } from '@/shared/access/roles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { refuseUnlessRole } from '@/shared/http/refusal'
import { routeIn } from './routeSql'

/** `GET /api/documents/routes`: the routes clients are on, by name, for the driver's list picker. */
export const routesEndpoint: Endpoint = {
  path: '/documents/routes',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, STAFF_ROLES)
    if (forbidden) return forbidden
    const { rows } = await sqlDatabase(req.payload).execute<{ route: string }>(sql`
      select distinct ${routeIn(sql`route`)} as route
        from clients where ${routeIn(sql`route`)} is not null order by 1`)
    return Response.json({ routes: rows.map((row) => row.route) })
  },
}
