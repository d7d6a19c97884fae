import { PassThrough, Readable } from 'node:stream'
import type { Endpoint } from 'payload'
import { YEARS_TEXT } from '@/domain/calendarDate'
import { parseMonth } from '@/domain/invoicePeriod'
import { STAFF_ROLES } from '@/shared/access/roles'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { writeInvoicesWorkbook } from './writeInvoicesWorkbook'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * `GET /api/invoices/export?month=YYYY-MM[&client=ID][&reconciliation=1]`: the month's invoices as
 * .xlsx, streamed; with a reconciliation act after each invoice when asked.
 */
export const invoicesExportEndpoint: Endpoint = {
  path: '/invoices/export',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, STAFF_ROLES)
    if (forbidden) return forbidden
    const period = parseMonth(req.searchParams.get('month'))
    if (!period)
      return refusal({
        status: 400,
        field: 'month',
        message: `month must be a month as YYYY-MM ${YEARS_TEXT}, for example 2026-10`,
      })
    const reconciliation = req.searchParams.get('reconciliation')
    if (reconciliation !== null && !['0', '1'].includes(reconciliation))
      return refusal({
        status: 400,
        field: 'reconciliation',
        message: 'reconciliation must be 1 (with reconciliation acts) or 0',
      })
    const client = req.searchParams.get('client')
    if (client !== null && !/^\d{1,9}$/.test(client))
      return refusal({ status: 400, field: 'client', message: 'client must be a client id' })
    if (client !== null) {
      const found = await req.payload.findByID({
        collection: 'clients',
        id: Number(client),
        depth: 0,
        joins: false,
        select: { name: true },
        overrideAccess: true,
        disableErrors: true,
      })
      if (!found)
        return refusal({ status: 404, field: 'client', message: `There is no client ${client}` })
    }

    const body = new PassThrough()
    writeInvoicesWorkbook(req.payload, body, {
      period,
      clientId: client === null ? undefined : Number(client),
      reconciliation: reconciliation === '1',
    }).catch((error) => {
      // Headers are gone by now: the download breaks off rather than end in a corrupt file.
      req.payload.logger.error({ err: error }, 'invoices export failed')
      body.destroy(error as Error)
    })
    const filename = `invoices-${period.month}${client === null ? '' : `-client-${client}`}.xlsx`
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
    })
  },
}
