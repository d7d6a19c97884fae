import type ExcelJS from 'exceljs'
import type { PayloadRequest } from 'payload'
import { ADMIN_LANGUAGES, type AdminLanguage, isAdminLanguage } from '@/admin/i18n/adminLanguages'
import { refusal } from '@/shared/http/refusal'

export const FORMATS = ['html', 'xlsx'] as const
export type DocumentFormat = (typeof FORMATS)[number]

/** `format=html|xlsx`, HTML when absent; a refusal for anything else. */
export function formatOf(req: PayloadRequest): DocumentFormat | Response {
  const format = req.searchParams.get('format') ?? 'html'
  if ((FORMATS as readonly string[]).includes(format)) return format as DocumentFormat
  return refusal({ status: 400, field: 'format', message: 'format must be html or xlsx' })
}

/** `lang=ru|uz|en`, null when absent; a refusal for anything else. */
export function askedLanguage(req: PayloadRequest): AdminLanguage | null | Response {
  const lang = req.searchParams.get('lang')
  if (lang === null || lang === '') return null
  if (isAdminLanguage(lang)) return lang
  return refusal({
    status: 400,
    field: 'lang',
    message: `lang must be one of ${ADMIN_LANGUAGES.join(', ')}`,
  })
}

/**
 * The same document with some query values changed, as a link relative to the page: the print
 * page's toolbar links to its XLSX and its other languages whatever path the app is served under.
 */
export function linkFrom(req: PayloadRequest) {
  return (query: Record<string, string>): string => {
    const params = new URLSearchParams(req.searchParams)
    for (const [key, value] of Object.entries(query)) params.set(key, value)
    return `?${params}`
  }
}

export const htmlResponse = (page: string): Response =>
  new Response(page, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The workbook as a download named `filename` (ASCII: the name travels in a header). */
export async function xlsxResponse(
  workbook: ExcelJS.Workbook,
  filename: string,
): Promise<Response> {
  const buffer = await workbook.xlsx.writeBuffer()
  return new Response(buffer as ArrayBuffer, {
    headers: {
      'content-type': XLSX,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  })
}
