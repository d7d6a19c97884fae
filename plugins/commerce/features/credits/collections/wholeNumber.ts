import type { NumberField } from 'payload'
import type { Translated } from '@/domain/languages'
import { requestLanguage } from '@/shared/requestLanguage'

const between = (min: number, max: number): Translated => ({
  ru: `Целое число от ${min} до ${max}`,
  uz: `${min} dan ${max} gacha butun son`,
  en: `A whole number from ${min} to ${max}`,
})

/**
 * A count of credits, Stars or hours: whole, within bounds. The ledger moves whole credits, and
 * Telegram prices in whole Stars.
 */
export function wholeNumber(
  field: Omit<NumberField, 'type' | 'min' | 'max' | 'validate'>,
  min: number,
  max: number,
): NumberField {
  return {
    ...field,
    type: 'number',
    min,
    max,
    admin: { step: 1, ...field.admin },
    validate: (value: number | number[] | null | undefined, { req }) => {
      if (value === null || value === undefined)
        return field.required ? between(min, max)[requestLanguage(req)] : true
      const n = Number(value)
      return Number.isInteger(n) && n >= min && n <= max
        ? true
        : between(min, max)[requestLanguage(req)]
    },
  } as NumberField
}
