import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { Order } from '../../../payload-types'

import { calendarDateToStored, toCalendarDate } from '../../../src/domain/calendarDate'
import { loadSettings } from '../../Settings/loadSettings'

/** Stores the delivery date as the calendar day the business means, in its own time zone. */
export const normalizeDeliveryDate: CollectionBeforeChangeHook<Order> = async ({ data, req }) => {
  if (data.deliveryDate === undefined) return data
  const { timezone } = await loadSettings(req)
  const day = toCalendarDate(data.deliveryDate, timezone)
  if (!day) {
    throw new ValidationError({
      collection: 'orders',
      errors: [{ path: 'deliveryDate', message: 'Enter the delivery date as YYYY-MM-DD' }],
    })
  }
  return { ...data, deliveryDate: calendarDateToStored(day) }
}
