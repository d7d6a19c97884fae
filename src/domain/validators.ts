import { z } from 'zod'

/** One validator per field, shared by the admin, the REST API and the bot. */

/** A code of digits: `tidy` gives the stored spelling, which must then match `pattern`. */
function digitCode(pattern: RegExp, message: string, tidy: (text: string) => string) {
  // The message on the type too, so a number sent through the API reads the same as a typo.
  return z.string({ error: message }).transform(tidy).pipe(z.string().regex(pattern, message))
}

const trim = (text: string) => text.trim()

export const innSchema = digitCode(/^[2-7]\d{8}$/, 'INN must be 9 digits starting with 2–7', trim)
export const mfoSchema = digitCode(/^\d{5}$/, 'MFO must be 5 digits', trim)
// Banks print account numbers in groups of four or five.
export const bankAccountSchema = digitCode(/^\d{20}$/, 'Bank account must be 20 digits', (text) =>
  text.replace(/\s/g, ''),
)
export const vatCodeSchema = digitCode(/^\d{12}$/, 'VAT registration code must be 12 digits', trim)

const PHONE_MESSAGE = 'Phone must be an Uzbek number: +998 and 9 digits'

/** Takes the ways people type Uzbek numbers and stores E.164 (`+998901234567`). */
export const uzPhoneSchema = z.string({ error: PHONE_MESSAGE }).transform((text, ctx) => {
  const match = /^(?:\+?998)?(\d{9})$/.exec(text.replace(/[\s()-]/g, ''))
  if (!match) {
    ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE })
    return z.NEVER
  }
  return `+998${match[1]}`
})

// The range is checked before wholeness so that 1e20 reads "at most", not "whole number".
export const quantitySchema = z
  .number({ error: 'Quantity must be a whole number' })
  .max(100_000, 'Quantity must be at most 100 000')
  .int('Quantity must be a whole number')
  .min(1, 'Quantity must be at least 1')

/** Text a person typed: a string within `max` characters; a list or an object is refused, not stored as its JSON. */
export const freeTextSchema = (max: number) =>
  z.string({ error: 'Enter text' }).max(max, `At most ${max} characters`)

/** A time of day as HH:MM, 24-hour. */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, for example 08:00')

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

/** Payload's `validate` contract: true, or the message to show on the field. Empty is left to `required`. */
export function checkField(schema: z.ZodType, value: unknown): true | string {
  if (isEmpty(value)) return true
  const result = schema.safeParse(value)
  return result.success ? true : (result.error.issues[0]?.message ?? 'Invalid value')
}

/** The stored spelling of a valid value; anything else is returned as it came, for `validate` to refuse. */
export function normalizeField<T, V = unknown>(schema: z.ZodType<T>, value: V): T | V {
  if (isEmpty(value)) return value
  const result = schema.safeParse(value)
  return result.success ? result.data : value
}
