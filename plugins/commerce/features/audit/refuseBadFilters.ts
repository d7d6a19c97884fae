import type { CollectionBeforeOperationHook, FlattenedField, Where } from 'payload'
import { APIError } from 'payload'

/** Operators whose value is compared with the field's, and those that take a list. */
const COMPARED = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const LISTS = new Set(['in', 'not_in', 'all'])

/** What a value the field cannot hold is refused with; null when it can. */
function problemOf(field: FlattenedField | { type: 'id' }, value: unknown): string | null {
  if (value === null || value === undefined || value === '' || value === 'null') return null
  const text = String(value)
  switch (field.type) {
    case 'id':
    case 'relationship':
    case 'upload':
      return /^\d{1,15}$/.test(text) ? null : 'takes an id (a whole number)'
    case 'number':
      return /^-?\d{1,15}(\.\d+)?$/.test(text) ? null : 'takes a number'
    case 'date':
      return Number.isNaN(Date.parse(text)) ? 'takes a date such as 2026-12-01' : null
    case 'select': {
      const values = field.options.map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      return values.includes(text) ? null : `takes one of ${values.join(', ')}`
    }
    default:
      return null
  }
}

function check(where: Where, fields: Map<string, FlattenedField>) {
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const inner of condition) check(inner as Where, fields)
      continue
    }
    const field = key === 'id' ? ({ type: 'id' } as const) : fields.get(key)
    if (!field || !condition || typeof condition !== 'object') continue
    for (const [operator, value] of Object.entries(condition)) {
      if (!COMPARED.has(operator)) continue
      const values =
        LISTS.has(operator) && typeof value === 'string' ? value.split(',') : [value].flat()
      for (const one of values) {
        const problem = problemOf(field, one)
        if (problem)
          throw new APIError(
            `The filter on ${key} ${problem}, not "${String(one).slice(0, 40)}"`,
            400,
            undefined,
            true,
          )
      }
    }
  }
}

/**
 * A list filtered with a value its field cannot hold (a word for an id, a date that is none) is
 * told so with a 400, instead of quietly finding nothing or failing in the database.
 */
export const refuseBadFilters: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'read' && operation !== 'count') return
  const where = (args as { where?: Where }).where
  if (!where) return
  check(where, new Map(collection.flattenedFields.map((field) => [field.name, field])))
}
