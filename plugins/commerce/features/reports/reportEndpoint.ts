import type { Endpoint } from 'payload'

import { isCalendarDate, YEARS_TEXT } from '@/domain/calendarDate'
import { todayIn } from '@/shared/todayIn'
import { loadMorningReport } from './loadMorningReport'

/** `GET /api/reports/morning?date=YYYY-MM-DD`: the day's summary for staff; today by default. */
export const morningReportEndpoint: Endpoint = {
  path: '/reports/morning',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return Response.json(
        { errors: [{ message: 'Sign in as staff to read reports' }] },
        { status: 401 },
      )
    const asked = req.searchParams.get('date')
    if (asked !== null && !isCalendarDate(asked)) {
      return Response.json(
        {
          errors: [
            { field: 'date', message: `date must be a calendar day as YYYY-MM-DD ${YEARS_TEXT}` },
          ],
        },
        { status: 400 },
      )
    }
    const day = asked ?? (await todayIn(req.payload))
    return Response.json(await loadMorningReport(req.payload, day))
  },
}
