import type { Endpoint } from 'payload'
import { calendarDateIn, isCalendarDate, YEARS_TEXT } from '@/domain/calendarDate'
import { isLanguage } from '@/domain/languages'
import { STAFF_ROLES } from '@/shared/access/roles'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { requestLanguage } from '@/shared/requestLanguage'
import { loadPickLists } from './loadPickLists'
import { pickListHtml, pickListWorkbook } from './pickListDocuments'

/**
 * `GET /api/stock/pick-list?date=YYYY-MM-DD&warehouse=&format=html|xlsx&lang=ru|uz|en`: what each
 * warehouse packs for the day's orders (today by default, every warehouse unless one is named),
 * as a page to print or a workbook; staff only.
 */
export const pickListEndpoint: Endpoint = {
  path: '/stock/pick-list',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, STAFF_ROLES)
    if (forbidden) return forbidden
    const params = req.searchParams
    const format = params.get('format') || 'html'
    if (format !== 'html' && format !== 'xlsx')
      return refusal({ status: 400, field: 'format', message: 'format must be html or xlsx' })
    const date = params.get('date')
    if (date && !isCalendarDate(date))
      return refusal({
        status: 400,
        field: 'date',
        message: `date must be a calendar day as YYYY-MM-DD ${YEARS_TEXT}`,
      })
    const warehouse = params.get('warehouse')?.trim() || undefined
    if (warehouse && warehouse.length > 64)
      return refusal({
        status: 400,
        field: 'warehouse',
        message: 'warehouse must be at most 64 characters',
      })
    const lang = params.get('lang')
    if (lang && !isLanguage(lang))
      return refusal({ status: 400, field: 'lang', message: 'lang must be ru, uz or en' })
    const settings = await req.payload.findGlobal({
      slug: 'settings',
      depth: 0,
      overrideAccess: true,
    })
    const day = date || calendarDateIn(new Date(), settings.timezone || 'Asia/Tashkent')
    const language = lang && isLanguage(lang) ? lang : requestLanguage(req)
    const lists = await loadPickLists(req.payload, day, warehouse)
    if (format === 'xlsx') {
      const buffer = await pickListWorkbook(day, lists, language).xlsx.writeBuffer()
      return new Response(buffer as ArrayBuffer, {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="pick-list-${day}.xlsx"`,
        },
      })
    }
    const xlsx = new URLSearchParams({
      date: day,
      format: 'xlsx',
      lang: language,
      ...(warehouse ? { warehouse } : {}),
    })
    return new Response(pickListHtml(day, lists, language, `?${xlsx}`), {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    })
  },
}
