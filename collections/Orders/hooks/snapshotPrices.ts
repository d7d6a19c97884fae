import type { OrderStep } from '@collections/Orders/orderFacts'
import { orderFieldRefused } from '@collections/Orders/orderRefused'
import type { Translated } from '@/domain/languages'
import { priceOrderLines } from '@/domain/pricing'
import { FieldsRefused } from '@/shared/http/fieldsRefused'

/**
 * Prices come from the server: the client's negotiated price, else the base price, copied into
 * each line when the order is written. Whatever prices a caller sends are ignored.
 */
const LINES_SETTLED: Translated = {
  ru: 'Клиента и позиции можно менять, только пока заказ новый',
  uz: "Mijoz va qatorlarni faqat buyurtma yangi bo'lganida o'zgartirish mumkin",
  en: 'The client and the lines can only be changed while the order is new',
}
const NO_CLIENT: Translated = {
  ru: 'Выберите существующего клиента',
  uz: 'Mavjud mijozni tanlang',
  en: 'Choose an existing client',
}

export const snapshotPrices: OrderStep = ({ data, operation, originalDoc, req }, facts) => {
  if (!facts.repricing && originalDoc)
    return { ...data, items: originalDoc.items, total: originalDoc.total }
  // Once staff have accepted the order, what was ordered and for whom is settled.
  if (operation === 'update' && originalDoc?.status !== 'new') {
    throw orderFieldRefused(facts.clientChanged ? 'client' : 'items', LINES_SETTLED, req)
  }
  if (!facts.client) throw orderFieldRefused('client', NO_CLIENT, req)
  const priced = priceOrderLines(facts.requested, facts.products, {
    negotiatedPrices: facts.negotiatedPrices,
  })
  if (!priced.ok) {
    throw new FieldsRefused({
      collection: 'orders',
      errors: priced.problems.map(({ index, field, message }) => ({
        path: index < 0 ? 'items' : `items.${index}.${field}`,
        message,
      })),
      req,
    })
  }
  const lines = data.items ?? originalDoc?.items ?? []
  const items = priced.items.map((line, index) => ({
    ...line,
    product: Number(line.product),
    id: lines[index]?.id,
  }))
  return { ...data, items, total: priced.total }
}
