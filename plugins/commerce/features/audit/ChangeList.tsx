import type { AdminLanguage } from '@/admin/i18n/adminLanguages'
import { formatMoney } from '@/domain/money'
import { type Changes, type Plain, ROW } from './changes'
import type { FieldGuide, FieldGuideEntry } from './fieldGuide'
import type { TRAIL_TEXTS } from './texts'

type Texts = (typeof TRAIL_TEXTS)['en']

const LOCALES: Record<AdminLanguage, string> = { ru: 'ru-RU', uz: 'uz-Latn-UZ', en: 'en-GB' }

/** The business's clock, the same on the server and in any browser (as the status history's). */
export const momentFormat = (language: AdminLanguage) =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Asia/Tashkent',
    dateStyle: 'medium',
    timeStyle: 'short',
  })

/** The label of a path, its parents' first: `Legal details › INN`. */
function labelOf(guide: FieldGuide, path: string): string {
  const parts = path.split('.')
  return parts
    .map((_, at) => guide[parts.slice(0, at + 1).join('.')]?.label ?? parts[at])
    .join(' › ')
}

function show(
  value: Plain,
  entry: FieldGuideEntry | undefined,
  texts: Texts,
  language: AdminLanguage,
): string {
  if (value === null || value === '') return '—'
  if (Array.isArray(value))
    return value.map((item) => show(item, entry, texts, language)).join(', ')
  if (typeof value === 'object') return JSON.stringify(value)
  if (entry?.kind === 'money' && typeof value === 'number' && Number.isSafeInteger(value))
    return formatMoney(value)
  if (entry?.kind === 'yesNo') return value ? texts.yes : texts.no
  if (entry?.kind === 'relation') return `#${value}`
  if (entry?.kind === 'day' && typeof value === 'string')
    return value.slice(0, 10).split('-').reverse().join('.')
  if (entry?.kind === 'moment' && typeof value === 'string') {
    const at = new Date(value)
    return Number.isNaN(at.getTime()) ? value : momentFormat(language).format(at)
  }
  if (entry?.options && typeof value === 'string') return entry.options[value] ?? value
  return String(value)
}

/** An array's changed rows on one side: `row 2: Quantity 5; Line total 40 000 so'm`. */
function rows(
  value: Plain,
  path: string,
  guide: FieldGuide,
  texts: Texts,
  language: AdminLanguage,
) {
  if (!Array.isArray(value) || value.length === 0) return '—'
  return value
    .map((row) => {
      if (!row || typeof row !== 'object' || Array.isArray(row))
        return show(row, undefined, texts, language)
      const { [ROW]: at, ...fields } = row
      const parts = Object.entries(fields).map(
        ([key, inner]) =>
          `${guide[`${path}.${key}`]?.label ?? key}: ${show(inner, guide[`${path}.${key}`], texts, language)}`,
      )
      return `${texts.row} ${at}${parts.length ? `: ${parts.join('; ')}` : ''}`
    })
    .join(' · ')
}

/** An entry's changes, one line per field: label, before → after, as a person reads them. */
export function ChangeList({
  changes,
  guide,
  texts,
  language,
}: {
  changes: Changes
  guide: FieldGuide
  texts: Texts
  language: AdminLanguage
}) {
  return (
    <ul className="audit-changes" style={{ margin: 0, paddingLeft: '1.1em' }}>
      {Object.entries(changes).map(([path, { before, after }]) => {
        const entry = guide[path]
        const isRows = entry?.kind === 'rows'
        const side = (value: Plain) =>
          isRows ? rows(value, path, guide, texts, language) : show(value, entry, texts, language)
        return (
          <li key={path} data-path={path}>
            <strong>{labelOf(guide, path)}</strong>: {side(before)} → {side(after)}
          </li>
        )
      })}
    </ul>
  )
}
