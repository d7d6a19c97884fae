import type { Endpoint } from 'payload'

import { calendarDateIn, isCalendarDate } from '../../../src/domain/calendarDate'
import { loadMorningReport } from './loadMorningReport'

/** `GET /api/reports/morning?date=YYYY-MM-DD`: the day's summary for staff; today by default. */
export const morningReportEndpoint: Endpoint = {
  path: '/reports/morning',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in as staff to read reports' }] }, { status: 401 })
    const asked = req.searchParams.get('date')
    if (asked !== null && !isCalendarDate(asked)) {
      return Response.json({ errors: [{ field: 'date', message: 'date must be a calendar day as YYYY-MM-DD' }] }, { status: 400 })
    }
    const settings = await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })
    const day = asked ?? calendarDateIn(new Date(), settings.timezone || 'Asia/Tashkent')
    return Response.json(await loadMorningReport(req.payload, day))
  },
}
