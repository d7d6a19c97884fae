import type { Endpoint } from 'payload'

import { calendarDateIn, isCalendarDate, YEARS_TEXT } from '@/domain/calendarDate'
import { isPeriodKind, PERIOD_KINDS } from '@/domain/reportPeriods'
import { STAFF_ROLES } from '@/shared/access/roles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { loadDashboard } from './loadDashboard'

/**
 * `GET /api/reports/dashboard?date=YYYY-MM-DD&period=day|week|month`: the dashboard's figures for
 * staff, as of `date` (today by default), best sellers and support over `period` (month by default).
 */
export const dashboardEndpoint: Endpoint = {
  path: '/reports/dashboard',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, STAFF_ROLES)
    if (forbidden) return forbidden
    const date = req.searchParams.get('date')
    if (date !== null && !isCalendarDate(date))
      return refusal({
        status: 400,
        field: 'date',
        message: `date must be a calendar day as YYYY-MM-DD ${YEARS_TEXT}`,
      })
    const period = req.searchParams.get('period') ?? 'month'
    if (!isPeriodKind(period))
      return refusal({
        status: 400,
        field: 'period',
        message: `period must be one of ${PERIOD_KINDS.join(', ')}`,
      })
    const settings = await req.payload.findGlobal({
      slug: 'settings',
      depth: 0,
      overrideAccess: true,
    })
    const timeZone = settings.timezone || 'Asia/Tashkent'
    return Response.json(
      await loadDashboard(sqlDatabase(req.payload), {
        date: date ?? calendarDateIn(new Date(), timeZone),
        period,
        timeZone,
      }),
    )
  },
}
