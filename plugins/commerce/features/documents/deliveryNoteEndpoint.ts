import type { Endpoint } from 'payload'
import { STAFF_ROLES } from '@/shared/access/roles'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { deliveryNoteHtml } from './deliveryNoteHtml'
import { deliveryNoteWorkbook } from './deliveryNoteWorkbook'
import { askedLanguage, formatOf, htmlResponse, linkFrom, xlsxResponse } from './documentQuery'
import { loadDeliveryNote } from './loadDeliveryNote'

/**
 * `GET /api/orders/:id/delivery-note?format=html|xlsx&lang=ru|uz|en`: the order's delivery note,
 * a page to print or a workbook; in the client's language unless another is asked for.
 */
export const deliveryNoteEndpoint: Endpoint = {
  path: '/:id/delivery-note',
  method: 'get',
  handler: async (req) => {
    const forbidden = refuseUnlessRole(req, STAFF_ROLES)
    if (forbidden) return forbidden
    const format = formatOf(req)
    if (format instanceof Response) return format
    const language = askedLanguage(req)
    if (language instanceof Response) return language
    const id = String(req.routeParams?.id ?? '')
    const notFound = refusal({
      status: 404,
      field: 'id',
      message: `There is no order with the id "${id.slice(0, 40)}"`,
    })
    if (!/^\d{1,9}$/.test(id)) return notFound
    const note = await loadDeliveryNote(req.payload, Number(id), language)
    if (!note) return notFound
    return format === 'xlsx'
      ? xlsxResponse(deliveryNoteWorkbook(note), `delivery-note-${note.number}.xlsx`)
      : htmlResponse(deliveryNoteHtml(note, linkFrom(req)))
  },
}
