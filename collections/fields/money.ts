import type { NumberField } from 'payload'

import type { Translated } from '@/domain/languages'
import { requestLanguage } from '@/shared/requestLanguage'

interface Options {
  name: string
  label?: Translated
  required?: boolean
  readOnly?: boolean
  description?: Translated
  position?: 'sidebar'
}

const NOT_AN_AMOUNT: Translated = {
  ru: 'Введите неотрицательную сумму в сумах (не больше 2 знаков после запятой)',
  uz: "Manfiy bo'lmagan summani so'mda kiriting (verguldan keyin ko'pi bilan 2 ta raqam)",
  en: "Enter a non-negative amount in so'm (at most 2 decimals)",
}

/**
 * An amount in minor units (tiyin) that managers see and type in so'm.
 * Stored as an integer so totals never drift by floating-point rounding.
 */
export function moneyField({
  name,
  label,
  required,
  readOnly,
  description,
  position,
}: Options): NumberField {
  return {
    name,
    label,
    type: 'number',
    required,
    min: 0,
    admin: {
      readOnly,
      description,
      position,
      components: {
        Field: '/src/admin/MoneyField#MoneyField',
        Cell: '/src/admin/MoneyCell#MoneyCell',
      },
    },
    validate: (value: number | null | undefined, { req }) => {
      if (value === null || value === undefined)
        return required ? req.t('validation:required') : true
      if (!Number.isSafeInteger(value) || value < 0) return NOT_AN_AMOUNT[requestLanguage(req)]
      return true
    },
  }
}
