import type { NumberField } from 'payload'

interface Options {
  name: string
  label?: string
  required?: boolean
  readOnly?: boolean
  description?: string
  position?: 'sidebar'
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
    validate: (value: number | null | undefined) => {
      if (value === null || value === undefined) return required ? 'This field is required' : true
      if (!Number.isSafeInteger(value) || value < 0)
        return "Enter a non-negative amount in so'm (at most 2 decimals)"
      return true
    },
  }
}
