import type { I18nClient } from '@payloadcms/translations'
import type { FlattenedField } from 'payload'
import type { AdminLanguage } from '@/admin/i18n/adminLanguages'

/** How the trail shows one field's values: its label, and money, days and options as people read them. */
export interface FieldGuideEntry {
  label: string
  kind?: 'money' | 'day' | 'moment' | 'yesNo' | 'relation' | 'rows'
  /** A select's labels by value. */
  options?: Record<string, string>
}
/** By path without row numbers: `items`, `items.quantity`, `legal.inn`. */
export type FieldGuide = Record<string, FieldGuideEntry>

/** How a field of ours is shown as money: the money cell (`collections/fields/money.ts`). */
const MONEY_CELL = '/src/admin/MoneyCell#MoneyCell'

type Label = unknown

/** A label in the admin's language: a text, one per language, or Payload's own `({ t }) => …`. */
function labelIn(
  label: Label,
  language: AdminLanguage,
  i18n: I18nClient,
  fallback: string,
): string {
  if (typeof label === 'string') return label
  if (typeof label === 'function') return String(label({ t: i18n.t, i18n }))
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[language] ?? byLanguage.en ?? fallback
  }
  return fallback
}

function kindOf(field: FlattenedField): FieldGuideEntry['kind'] {
  const admin = field.admin as
    | { components?: { Cell?: unknown }; date?: { pickerAppearance?: string } }
    | undefined
  if (field.type === 'number' && admin?.components?.Cell === MONEY_CELL) return 'money'
  if (field.type === 'date') return admin?.date?.pickerAppearance === 'dayOnly' ? 'day' : 'moment'
  if (field.type === 'checkbox') return 'yesNo'
  if (field.type === 'array') return 'rows'
  if (field.type === 'relationship' || field.type === 'upload') return 'relation'
  return undefined
}

/**
 * What the trail needs to show a document's changes in the reader's language, worked out from the
 * server's field configs (the browser's copy has no components to tell money by).
 */
export function fieldGuide(
  fields: FlattenedField[],
  language: AdminLanguage,
  i18n: I18nClient,
  prefix = '',
  into: FieldGuide = {},
): FieldGuide {
  for (const field of fields) {
    const path = prefix + field.name
    const entry: FieldGuideEntry = { label: labelIn(field.label, language, i18n, field.name) }
    const kind = kindOf(field)
    if (kind) entry.kind = kind
    if (field.type === 'select' || field.type === 'radio') {
      entry.options = Object.fromEntries(
        field.options.map((option) =>
          typeof option === 'string'
            ? [option, option]
            : [option.value, labelIn(option.label, language, i18n, option.value)],
        ),
      )
    }
    into[path] = entry
    if ('flattenedFields' in field)
      fieldGuide(field.flattenedFields, language, i18n, `${path}.`, into)
  }
  return into
}
