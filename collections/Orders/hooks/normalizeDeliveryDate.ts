import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'

import type { Order } from '../../../payload-types'

import { calendarDateToStored, toCalendarDate } from '../../../src/domain/calendarDate'
import { transactionDatabase } from '../../transactionDatabase'

/** Stores the delivery date as the calendar day the business means, in its own time zone. */
export const normalizeDeliveryDate: CollectionBeforeChangeHook<Order> = async ({ data, req }) => {
  if (data.deliveryDate === undefined) return data
  const day = toCalendarDate(data.deliveryDate, await businessTimezone(req))
  if (!day) {
    throw new ValidationError({
      collection: 'orders',
      errors: [{ path: 'deliveryDate', message: 'Enter the delivery date as YYYY-MM-DD' }],
    })
  }
  return { ...data, deliveryDate: calendarDateToStored(day) }
}

/** One column in plain SQL: every order write asks, and reading the whole global cost more than the order's own rules. */
async function businessTimezone(req: PayloadRequest): Promise<string> {
  const db = await transactionDatabase(req)
  const { rows } = await db.execute<{ timezone: string }>(sql`select timezone from settings limit 1`)
  // Settings never saved: Payload knows the default.
  return rows[0]?.timezone ?? (await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })).timezone
}
