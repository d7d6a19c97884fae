import type { Endpoint } from 'payload'
import { calendarDateIn, isCalendarDate, YEARS_TEXT } from '@/domain/calendarDate'
import { NO_ROUTE, routeOf } from '@/domain/driverList'
import { STAFF_ROLES } from '@/shared/access/roles'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { requestLanguage } from '@/shared/requestLanguage'
import { askedLanguage, formatOf, htmlResponse, linkFrom, xlsxResponse } from './documentQuery'
import { driverListHtml } from './driverListHtml'
import { driverListWorkbook } from './driverListWorkbook'
import { loadDriverList } from './loadDriverList'
import { MAX_ROUTE } from './routeField'

/**
 * `GET /api/documents/driver-list?date=YYYY-MM-DD&route=&format=html|xlsx&lang=ru|uz|en`: the
 * day's delivery orders by route, for the drivers; today by default, every route unless one is
 * named (`route=-`: the orders without a route), in the viewer's admin language unless asked.
 */
export const driverListEndpoint: Endpoint = {
  path: '/documents/driver-list',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, STAFF_ROLES)
    if (forbidden) return forbidden
    const format = formatOf(req)
    if (format instanceof Response) return format
    const asked = askedLanguage(req)
    if (asked instanceof Response) return asked
    const date = req.searchParams.get('date')
    if (date !== null && date !== '' && !isCalendarDate(date))
      return refusal({
        status: 400,
        field: 'date',
        message: `date must be a calendar day as YYYY-MM-DD ${YEARS_TEXT}`,
      })
    const routeAsked = req.searchParams.get('route') ?? ''
    if (routeAsked.length > MAX_ROUTE)
      return refusal({
        status: 400,
        field: 'route',
        message: `route must be at most ${MAX_ROUTE} characters (or - for the orders without a route)`,
      })
    const route = routeAsked.trim() === NO_ROUTE ? NO_ROUTE : routeOf(routeAsked)

    const settings = await req.payload.findGlobal({
      slug: 'settings',
      depth: 0,
      overrideAccess: true,
    })
    const day = date || calendarDateIn(new Date(), settings.timezone || 'Asia/Tashkent')
    const language = asked ?? requestLanguage(req)
    const currency = settings.currency || 'UZS'
    const list = await loadDriverList(req.payload, day, route)
    return format === 'xlsx'
      ? xlsxResponse(driverListWorkbook(day, list, language, currency), `driver-list-${day}.xlsx`)
      : htmlResponse(driverListHtml({ day, list, language, currency, linkTo: linkFrom(req) }))
  },
}
