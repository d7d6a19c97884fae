import type { Endpoint } from 'payload'

import { isCalendarDate, YEARS_TEXT } from '@/domain/calendarDate'
import { STAFF_ROLES } from '@/shared/access/roles'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { todayIn } from '@/shared/todayIn'
import { loadMorningReport } from './loadMorningReport'

/** `GET /api/reports/morning?date=YYYY-MM-DD`: the day's summary for staff; today by default. */
export const morningReportEndpoint: Endpoint = {
  path: '/reports/morning',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, STAFF_ROLES)
    if (forbidden) return forbidden
    const asked = req.searchParams.get('date')
    if (asked !== null && !isCalendarDate(asked)) {
      return refusal({
        status: 400,
        field: 'date',
        message: `date must be a calendar day as YYYY-MM-DD ${YEARS_TEXT}`,
      })
    }
    const day = asked ?? (await todayIn(req.payload))
    return Response.json(await loadMorningReport(req.payload, day))
  },
}
