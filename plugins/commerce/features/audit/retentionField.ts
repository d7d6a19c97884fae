import type { Field } from 'payload'
import { DEFAULT_RETENTION_DAYS } from './pruneAuditLog'
import { type AuditTarget, FIELD_LABELS, RETENTION_DESCRIPTION } from './texts'

/** How long the audit log keeps its entries, in the settings: the nightly prune reads it. */
export const retentionField: Field = {
  name: 'auditRetentionDays',
  label: FIELD_LABELS.retentionDays,
  type: 'number',
  required: true,
  defaultValue: DEFAULT_RETENTION_DAYS,
  min: 1,
  max: 3650,
  admin: { step: 1, description: RETENTION_DESCRIPTION },
}

/** The document's recent changes, under its fields. */
export const auditTrailField = (target: AuditTarget): Field => ({
  name: 'auditTrail',
  type: 'ui',
  admin: {
    components: {
      Field: {
        path: '/plugins/commerce/features/audit/AuditTrail#AuditTrail',
        serverProps: { target },
      },
    },
  },
})
