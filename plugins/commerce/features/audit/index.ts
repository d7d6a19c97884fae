import type { CollectionAdditions, CommerceFeature } from '@commerce/feature'
import { auditLogCollection } from './auditLogCollection'
import { pruneAuditLogIfDue } from './pruneAuditLog'
import { recordCollectionChange, recordCollectionDelete, recordGlobalChange } from './recordChange'
import { auditTrailField, retentionField } from './retentionField'
import { AUDITED_COLLECTIONS, type AuditTarget } from './texts'

/** Every audited collection gets the same: its changes recorded, its trail on its page. */
const audited = (target: AuditTarget): CollectionAdditions => ({
  fields: [auditTrailField(target)],
  afterChange: [recordCollectionChange],
  afterDelete: [recordCollectionDelete],
})

/**
 * The audit log: every change to orders, prices, clients, products, transactions, users and the
 * settings, through any door, recorded in the change's own transaction with who, when, which door
 * and the fields before and after; shown under each document; pruned nightly after the number of
 * days the settings keep.
 */
export const auditFeature: CommerceFeature = {
  name: 'audit',
  collections: [auditLogCollection()],
  extend: Object.fromEntries(AUDITED_COLLECTIONS.map((slug) => [slug, audited(slug)])),
  extendGlobals: {
    settings: {
      fields: [retentionField, auditTrailField('settings')],
      afterChange: [recordGlobalChange],
    },
  },
  jobs: [
    {
      name: 'audit-prune',
      schedule: '*/30 * * * *',
      atStart: true,
      run: async (payload) => {
        const outcome = await pruneAuditLogIfDue(payload)
        if (typeof outcome === 'object')
          payload.logger.info(outcome, 'scheduler: audit log entries past their retention deleted')
        return outcome
      },
    },
  ],
}
