import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'

import type { Order } from '../../../payload-types'

import { calendarDateToStored, toCalendarDate } from '../../../src/domain/calendarDate'
import { type DateRules, dateRulesFrom, isOfferedDay } from '../../../src/domain/deliveryDates'
import { transactionDatabase } from '../../transactionDatabase'
import { actorOf } from '../actor'

/**
 * Stores the delivery date as the calendar day the business means, in its own time zone. A
 * client (the bot) may only choose a day still offered: today is gone after the cut-off, and a
 * draft confirmed a day later cannot order for yesterday. Staff may enter any day.
 */
export const normalizeDeliveryDate: CollectionBeforeChangeHook<Order> = async ({ data, originalDoc, req }) => {
  if (data.deliveryDate === undefined) return data
  const rules = await dateRules(req)
  const day = toCalendarDate(data.deliveryDate, rules.timezone)
  if (!day) throw refuse('Enter the delivery date as YYYY-MM-DD')
  const changed = !originalDoc || toCalendarDate(originalDoc.deliveryDate, rules.timezone) !== day
  if (changed && actorOf(req).actor === 'client' && !isOfferedDay(day, rules)) {
    throw refuse('That day can no longer be chosen')
  }
  return { ...data, deliveryDate: calendarDateToStored(day) }
}

const refuse = (message: string) => new ValidationError({ collection: 'orders', errors: [{ path: 'deliveryDate', message }] })

/** Three columns in plain SQL: every order write asks, and reading the whole global cost more than the order's own rules. */
async function dateRules(req: PayloadRequest): Promise<DateRules> {
  const db = await transactionDatabase(req)
  const { rows } = await db.execute<{ timezone: string; cutoff: string | null; daysAhead: number | null }>(sql`
    select timezone, order_cutoff_time as cutoff, delivery_days_ahead::float8 as "daysAhead" from settings limit 1`)
  // Settings never saved: Payload knows the defaults.
  const saved = rows[0] ?? (await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req }).then((global) => ({
    timezone: global.timezone,
    cutoff: global.orderCutoffTime ?? null,
    daysAhead: global.deliveryDaysAhead ?? null,
  })))
  return dateRulesFrom(saved)
}
