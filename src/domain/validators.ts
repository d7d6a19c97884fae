import { z } from 'zod'

import type { Language, Translated } from './languages'

/** One validator per field, shared by the admin, the REST API and the bot. */

/**
 * Every message a schema below can give, by its English text: zod carries one string per issue,
 * and that string stays English (the API's and the bot's wording); `checkField` says it in the
 * reader's language from here.
 */
const TRANSLATIONS = new Map<string, Translated>()

/**
 * A schema's message: its English text, remembered with the other languages for `checkField`
 * and `fieldMessageIn` (any schema of ours, an endpoint's too, may use it).
 */
export function schemaMessage(message: Translated): string {
  TRANSLATIONS.set(message.en, message)
  return message.en
}

/** A message of ours in every language; one we do not know reads the same in all three. */
export function fieldMessage(message: string): Translated {
  return TRANSLATIONS.get(message) ?? { ru: message, uz: message, en: message }
}

/** A message of ours in `language`; one we do not know is returned as it came. */
export function fieldMessageIn(language: Language, message: string): string {
  return TRANSLATIONS.get(message)?.[language] ?? message
}

/** A code of digits: `tidy` gives the stored spelling, which must then match `pattern`. */
function digitCode(pattern: RegExp, message: Translated, tidy: (text: string) => string) {
  const english = schemaMessage(message)
  // The message on the type too, so a number sent through the API reads the same as a typo.
  return z.string({ error: english }).transform(tidy).pipe(z.string().regex(pattern, english))
}

const trim = (text: string) => text.trim()

export const innSchema = digitCode(
  /^[2-7]\d{8}$/,
  {
    ru: 'ИНН — 9 цифр, первая от 2 до 7',
    uz: 'STIR — 9 ta raqam, birinchisi 2 dan 7 gacha',
    en: 'INN must be 9 digits starting with 2–7',
  },
  trim,
)
export const mfoSchema = digitCode(
  /^\d{5}$/,
  { ru: 'МФО — 5 цифр', uz: 'MFO — 5 ta raqam', en: 'MFO must be 5 digits' },
  trim,
)
// Banks print account numbers in groups of four or five.
export const bankAccountSchema = digitCode(
  /^\d{20}$/,
  {
    ru: 'Расчётный счёт — 20 цифр',
    uz: 'Hisob raqami — 20 ta raqam',
    en: 'Bank account must be 20 digits',
  },
  (text) => text.replace(/\s/g, ''),
)
export const vatCodeSchema = digitCode(
  /^\d{12}$/,
  {
    ru: 'Код плательщика НДС — 12 цифр',
    uz: "QQS to'lovchisi kodi — 12 ta raqam",
    en: 'VAT registration code must be 12 digits',
  },
  trim,
)

const PHONE_MESSAGE = schemaMessage({
  ru: 'Телефон — узбекский номер: +998 и 9 цифр',
  uz: "Telefon — O'zbekiston raqami: +998 va 9 ta raqam",
  en: 'Phone must be an Uzbek number: +998 and 9 digits',
})

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
const WHOLE_QUANTITY = schemaMessage({
  ru: 'Количество — целое число',
  uz: "Miqdor butun son bo'lishi kerak",
  en: 'Quantity must be a whole number',
})
export const quantitySchema = z
  .number({ error: WHOLE_QUANTITY })
  .max(
    100_000,
    schemaMessage({
      ru: 'Количество — не больше 100 000',
      uz: "Miqdor ko'pi bilan 100 000",
      en: 'Quantity must be at most 100 000',
    }),
  )
  .int(WHOLE_QUANTITY)
  .min(
    1,
    schemaMessage({
      ru: 'Количество — не меньше 1',
      uz: 'Miqdor kamida 1',
      en: 'Quantity must be at least 1',
    }),
  )

/** Text a person typed: a string within `max` characters; a list or an object is refused, not stored as its JSON. */
export const freeTextSchema = (max: number) =>
  z
    .string({
      error: schemaMessage({ ru: 'Введите текст', uz: 'Matn kiriting', en: 'Enter text' }),
    })
    .max(
      max,
      schemaMessage({
        ru: `Не больше ${max} символов`,
        uz: `Ko'pi bilan ${max} ta belgi`,
        en: `At most ${max} characters`,
      }),
    )

/** A time of day as HH:MM, 24-hour. */
export const timeOfDaySchema = z.string().regex(
  /^([01]\d|2[0-3]):[0-5]\d$/,
  schemaMessage({
    ru: 'Укажите время как ЧЧ:ММ, например 08:00',
    uz: "Vaqtni SS:DD ko'rinishida kiriting, masalan 08:00",
    en: 'Enter a time as HH:MM, for example 08:00',
  }),
)

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

const INVALID = schemaMessage({
  ru: 'Неверное значение',
  uz: "Noto'g'ri qiymat",
  en: 'Invalid value',
})

/**
 * Payload's `validate` contract: true, or the message to show on the field, in `language`.
 * Empty is left to `required`.
 */
export function checkField(
  schema: z.ZodType,
  value: unknown,
  language: Language = 'en',
): true | string {
  if (isEmpty(value)) return true
  const result = schema.safeParse(value)
  return result.success
    ? true
    : fieldMessageIn(language, result.error.issues[0]?.message ?? INVALID)
}

/** The stored spelling of a valid value; anything else is returned as it came, for `validate` to refuse. */
export function normalizeField<T, V = unknown>(schema: z.ZodType<T>, value: V): T | V {
  if (isEmpty(value)) return value
  const result = schema.safeParse(value)
  return result.success ? result.data : value
}
