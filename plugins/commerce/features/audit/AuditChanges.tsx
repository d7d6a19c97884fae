import type { JSONFieldServerProps } from 'payload'
import { adminLanguageOf } from '@/admin/i18n/adminLanguages'
import { ChangeList } from './ChangeList'
import type { Changes } from './changes'
import { fieldGuide } from './fieldGuide'
import { FIELD_LABELS, TRAIL_TEXTS } from './texts'

/** An entry's changes as the trail shows them, in place of the raw JSON: the entry is read-only. */
export function AuditChangesField({ data, i18n, payload }: JSONFieldServerProps) {
  const language = adminLanguageOf(i18n.language)
  const target = String(data?.target ?? '')
  const config =
    payload.collections[target as keyof typeof payload.collections]?.config ??
    payload.globals.config.find((global) => global.slug === target)
  return (
    <div className="field-type audit-changes-field" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{FIELD_LABELS.changes[language]}</div>
      <ChangeList
        changes={(data?.changes ?? {}) as Changes}
        guide={config ? fieldGuide(config.flattenedFields, language, i18n) : {}}
        texts={TRAIL_TEXTS[language]}
        language={language}
      />
    </div>
  )
}
