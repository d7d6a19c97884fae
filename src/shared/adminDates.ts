import type { DateField } from 'payload'

/**
 * How date fields show in the admin: date-fns' localized patterns, so each language reads its own
 * order and clock ("01.12.2026, 17:36" in Russian, "12/01/2026, 5:36 PM" in English) with the
 * date-fns locale of the user's language. Numeric on purpose: no month name that a language's
 * borrowed date-fns locale would spell in another language.
 */
type DateAdmin = NonNullable<NonNullable<DateField['admin']>['date']>

/** A calendar day. */
export const DAY: DateAdmin = { pickerAppearance: 'dayOnly', displayFormat: 'P' }

/** A moment: day and time. */
export const MOMENT: DateAdmin = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'Pp',
  timeFormat: 'p',
}

/** The pattern for Payload's own dates (created, updated, the document's header). */
export const DATE_FORMAT = 'Pp'
