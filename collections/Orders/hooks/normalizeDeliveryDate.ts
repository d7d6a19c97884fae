import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'

import type { Order } from '../../../payload-types'

import { calendarDateToStored, toCalendarDate } from '../../../src/domain/calendarDate'
import { type DateRules, dateRulesFrom, isOfferedDay } from '../../../src/domain/deliveryDates'
import { orderingRulesValue, type SavedOrderingRules, unsavedOrderingRules } from '../../Settings/orderingRules'
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

async function dateRules(req: PayloadRequest): Promise<DateRules> {
  const db = await transactionDatabase(req)
  const { rows } = await db.execute<{ rules: SavedOrderingRules | null }>(sql`select ${orderingRulesValue} as rules`)
  return dateRulesFrom(rows[0].rules ?? (await unsavedOrderingRules(req.payload, req)))
}
