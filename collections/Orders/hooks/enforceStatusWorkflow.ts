import { actorOf } from '@collections/Orders/actor'

import type { OrderStep } from '@collections/Orders/orderFacts'
import { orderFieldRefused } from '@collections/Orders/orderRefused'
import type { Translated } from '@/domain/languages'
import {
  checkTransition,
  initialStatus,
  isOrderStatus,
  STATUS_LABELS,
} from '@/domain/orderWorkflow'

const STARTS_NEW: Translated = {
  ru: 'Новый заказ начинается со статуса «Новый»',
  uz: 'Yangi buyurtma «Yangi» holatidan boshlanadi',
  en: `A new order starts as "${initialStatus()}"`,
}
const FULFILLMENT_SETTLED: Translated = {
  ru: 'Доставку или самовывоз можно сменить, только пока заказ новый',
  uz: "Yetkazib berish yoki olib ketishni faqat buyurtma yangi bo'lganida o'zgartirish mumkin",
  en: 'Delivery or pickup can only be changed while the order is new',
}

const movedMeanwhile = (current: string): Translated => {
  const label = isOrderStatus(current) ? STATUS_LABELS[current] : null
  return {
    ru: `Тем временем заказ перевели в «${label?.ru ?? current}»; ничего не изменено`,
    uz: `Shu orada buyurtma «${label?.uz ?? current}» holatiga o'tkazildi; hech narsa o'zgarmadi`,
    en: `The order was moved to "${current}" meanwhile; nothing was changed`,
  }
}

/**
 * Every path (admin, REST, bot, jobs) moves an order only along its workflow, and only from the
 * status it was read in: two people pressing at once cannot both move it.
 */
export const enforceStatusWorkflow: OrderStep = (
  { data, operation, originalDoc, req },
  { stored },
) => {
  if (operation === 'create') {
    if (data.status && data.status !== initialStatus()) {
      throw orderFieldRefused('status', STARTS_NEW, req)
    }
    return { ...data, status: initialStatus() }
  }
  if (!originalDoc) return data
  if (
    data.fulfillment &&
    data.fulfillment !== originalDoc.fulfillment &&
    originalDoc.status !== 'new'
  ) {
    throw orderFieldRefused('fulfillment', FULFILLMENT_SETTLED, req)
  }
  const from = originalDoc.status ?? initialStatus()
  const to = data.status ?? from
  const expected = req.context.expectedStatus ?? from
  // The facts' row lock waited for a concurrent move to commit, and read what it left behind.
  const current = stored?.status ?? from
  if ((to !== from || expected !== from) && current !== expected) {
    throw orderFieldRefused('status', movedMeanwhile(current), req)
  }
  const check = checkTransition(
    { status: from, fulfillment: originalDoc.fulfillment },
    to,
    actorOf(req).actor,
  )
  if (!check.ok) throw orderFieldRefused('status', check.message, req)
  return { ...data, status: to }
}
