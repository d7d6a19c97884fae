import type { Endpoint } from 'payload'
import { ADMIN_LANGUAGES, adminLanguageOf, isAdminLanguage } from '@/admin/i18n/adminLanguages'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { todayIn } from '@/shared/todayIn'
import { RECEIVABLES_ROLES } from './access'
import { loadReceivables } from './loadReceivables'
import { writeReceivablesWorkbook } from './writeReceivablesWorkbook'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const FORMATS = ['json', 'xlsx'] as const

/**
 * `GET /api/receivables?format=json|xlsx[&lang=ru|uz|en]`: who owes what today, aged from
 * delivery, as JSON (the default) or as an Excel file in the given language (else the user's).
 */
export const receivablesEndpoint: Endpoint = {
  path: '/receivables',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, RECEIVABLES_ROLES)
    if (forbidden) return forbidden
    const format = req.searchParams.get('format') ?? 'json'
    if (!FORMATS.includes(format as (typeof FORMATS)[number]))
      return refusal({ status: 400, field: 'format', message: 'format must be json or xlsx' })
    const lang = req.searchParams.get('lang')
    if (lang !== null && !isAdminLanguage(lang))
      return refusal({
        status: 400,
        field: 'lang',
        message: `lang must be one of ${ADMIN_LANGUAGES.join(', ')}`,
      })
    const receivables = await loadReceivables(sqlDatabase(req.payload), await todayIn(req.payload))
    if (format === 'json') return Response.json(receivables)
    const file = await writeReceivablesWorkbook(
      receivables,
      lang ?? adminLanguageOf(req.i18n?.language),
    )
    return new Response(new Uint8Array(file), {
      headers: {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="receivables-${receivables.today}.xlsx"`,
        'cache-control': 'no-store',
      },
    })
  },
}
