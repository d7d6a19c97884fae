import type { UIFieldServerProps } from 'payload'
import { adminLanguageOf } from '@/admin/i18n/adminLanguages'
import { hasRole } from '@/shared/access/roles'
import { AuditTrailList } from './AuditTrailList'
import { fieldGuide } from './fieldGuide'
import type { AuditTarget } from './texts'

/**
 * The document's recent changes under its fields, for those who may read the log (admins and
 * managers). Rendered on the server for what only the server knows (which fields are money, the
 * labels in the reader's language); the entries are read by the browser, after each save too.
 */
export function AuditTrail({
  i18n,
  payload,
  req,
  target,
}: UIFieldServerProps & { target: AuditTarget }) {
  if (!hasRole(req.user, 'admin', 'manager')) return null
  const config =
    payload.collections[target as keyof typeof payload.collections]?.config ??
    payload.globals.config.find((global) => global.slug === target)
  if (!config) return null
  const language = adminLanguageOf(i18n.language)
  return (
    <AuditTrailList
      target={target}
      isGlobal={!(target in payload.collections)}
      guide={fieldGuide(config.flattenedFields, language, i18n)}
    />
  )
}
