import { actorOf } from '@collections/Orders/actor'

import type { OrderStep } from '@collections/Orders/orderFacts'
import { calendarDateToStored, toCalendarDate, YEARS_TEXT } from '@/domain/calendarDate'
import { isOfferedDay } from '@/domain/deliveryDates'
import { OrderRefused, orderFieldRefused } from '../orderRefused'

/**
 * Stores the delivery date as the calendar day the business means, in its own time zone. A
 * client (the bot) may only choose a day still offered: today is gone after the cut-off, and a
 * draft confirmed a day later cannot order for yesterday. Staff may enter any day.
 */
export const normalizeDeliveryDate: OrderStep = ({ data, originalDoc, req }, { rules }) => {
  // No rules read: the date is the one stored.
  if (!rules) return data
  const day = toCalendarDate(data.deliveryDate, rules.timezone)
  if (!day)
    throw orderFieldRefused('deliveryDate', `Enter the delivery date as YYYY-MM-DD, ${YEARS_TEXT}`)
  const changed = !originalDoc || toCalendarDate(originalDoc.deliveryDate, rules.timezone) !== day
  if (changed && actorOf(req).actor === 'client' && !isOfferedDay(day, rules)) {
    throw new OrderRefused({ code: 'day-not-offered', path: 'deliveryDate' })
  }
  return { ...data, deliveryDate: calendarDateToStored(day) }
}
