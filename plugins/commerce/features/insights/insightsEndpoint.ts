import type { Endpoint } from 'payload'
import { calendarDateIn } from '@/domain/calendarDate'
import { readAnalyticsPeriod } from '@/domain/creditsAnalytics'
import { STAFF_ROLES } from '@/shared/access/roles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { loadSupportInsights } from './loadSupportInsights'

/**
 * `GET /api/support/insights?from=YYYY-MM-DD&to=YYYY-MM-DD`: the conversation insights for staff
 * over the days `from` to `to` (this month so far by default), days in the business's time zone.
 */
export const insightsEndpoint: Endpoint = {
  path: '/support/insights',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, STAFF_ROLES)
    if (forbidden) return forbidden
    const settings = await req.payload.findGlobal({
      slug: 'settings',
      depth: 0,
      overrideAccess: true,
    })
    const timeZone = settings.timezone || 'Asia/Tashkent'
    const period = readAnalyticsPeriod(
      req.searchParams.get('from'),
      req.searchParams.get('to'),
      calendarDateIn(new Date(), timeZone),
    )
    if (!period.ok) return refusal({ status: 400, field: period.field, message: period.message })
    return Response.json(
      await loadSupportInsights(sqlDatabase(req.payload), { range: period.range, timeZone }),
    )
  },
}
