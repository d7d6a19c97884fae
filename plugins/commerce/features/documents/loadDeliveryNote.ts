import type { Payload } from 'payload'
import { type DeliveryNote, deliveryNoteOf, noteLanguage } from '@/domain/deliveryNote'
import type { Language } from '@/domain/languages'
import { sellerOf } from '@/domain/legalParty'
import { relationId } from '@/shared/relationId'

/** The order's note, in the language asked for or the client's; null when there is no such order. */
export async function loadDeliveryNote(
  payload: Payload,
  orderId: number,
  asked: Language | null,
): Promise<DeliveryNote | null> {
  const [order, settings] = await Promise.all([
    payload.findByID({
      collection: 'orders',
      id: orderId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    }),
    payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true }),
  ])
  if (!order) return null
  const clientId = relationId(order.client)
  const client = clientId
    ? await payload.findByID({
        collection: 'clients',
        id: clientId,
        depth: 0,
        joins: false,
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  return deliveryNoteOf(
    {
      number: order.number ?? order.id,
      deliveryDate: order.deliveryDate,
      status: order.status ?? 'new',
      fulfillment: order.fulfillment,
      currency: order.currency,
      paymentStatus: order.paymentStatus,
      total: order.total ?? 0,
      amountPaid: order.amountPaid,
      deliveryAddress: order.deliveryAddress,
      comment: order.comment,
      lines: order.items.map((item) => ({
        product: item.productName ?? '',
        unit: item.unit ?? 'pcs',
        quantity: item.quantity,
        unitPrice: item.unitPrice ?? 0,
        lineTotal: item.lineTotal ?? 0,
      })),
    },
    {
      name: client?.name ?? null,
      address: client?.legalAddress ?? null,
      inn: client?.inn ?? null,
      bankAccount: client?.bankAccount ?? null,
      bankName: client?.bankName ?? null,
      mfo: client?.mfo ?? null,
      vatRegCode: client?.vatRegCode ?? null,
      contactName: client?.contactName ?? null,
      phone: client?.phone ?? null,
      deliveryAddress: client?.deliveryAddress ?? null,
    },
    sellerOf(settings),
    noteLanguage(asked, client?.language, settings.staffLanguage),
  )
}
