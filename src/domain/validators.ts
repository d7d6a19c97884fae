import { z } from 'zod'

/** One validator per field, shared by the admin, the REST API and the bot. */
const digits = (length: number, message: string) =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(new RegExp(`^\\d{${length}}$`), message))

export const innSchema = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string().regex(/^[2-7]\d{8}$/, 'INN must be 9 digits starting with 2–7'))

export const mfoSchema = digits(5, 'MFO must be 5 digits')
export const bankAccountSchema = digits(20, 'Bank account must be 20 digits')
export const vatCodeSchema = digits(12, 'VAT registration code must be 12 digits')

const PHONE_MESSAGE = 'Phone must be an Uzbek number: +998 and 9 digits'

/** Accepts the ways people type Uzbek numbers and stores E.164 (+998XXXXXXXXX). */
export const uzPhoneSchema = z.string().transform((value, ctx) => {
  const compact = value.trim().replace(/[\s()-]/g, '')
  const match = /^(?:\+?998)?(\d{9})$/.exec(compact)
  if (!match) {
    ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE })
    return z.NEVER
  }
  return `+998${match[1]}`
})

export const quantitySchema = z
  .number({ error: 'Quantity must be a whole number' })
  .int('Quantity must be a whole number')
  .min(1, 'Quantity must be at least 1')
  .max(100_000, 'Quantity must be at most 100 000')

/** A time of day as HH:MM, 24-hour. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, for example 08:00')

/** Payload's `validate` contract: true, or the message to show on the field. Empty is allowed. */
export function checkField(schema: z.ZodType, value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  const result = schema.safeParse(value)
  return result.success ? true : (result.error.issues[0]?.message ?? 'Invalid value')
}

/** The stored spelling of a valid value; anything else is returned as it came. */
export function normalizeField<T>(schema: z.ZodType<T>, value: unknown): T | unknown {
  if (value === null || value === undefined || value === '') return value
  const result = schema.safeParse(value)
  return result.success ? result.data : value
}
