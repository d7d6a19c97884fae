import type { CollectionBeforeOperationHook, CollectionConfig, Option } from 'payload'
import { APIError } from 'payload'
import type { Translated } from '@/admin/i18n/adminLanguages'
import { managers } from '@/shared/access/roles'
import { refuseBadFilters } from './refuseBadFilters'
import {
  ACTOR_LABELS,
  ACTORS,
  AUDITED_COLLECTIONS,
  AUDITED_GLOBALS,
  COLLECTION_LABELS,
  DOOR_LABELS,
  DOORS,
  FIELD_LABELS,
  OPERATION_LABELS,
  OPERATIONS,
  TARGET_LABELS,
} from './texts'

export const AUDIT_LOG = 'audit-log'

const WRITES = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID'])

/**
 * Nobody writes the log through Payload, whatever their role or `overrideAccess`: the hooks of
 * the audited collections write it in plain SQL and the prune job deletes from it the same way.
 * Said before access is checked, so the caller reads why rather than "not allowed".
 */
const refuseWrites: CollectionBeforeOperationHook = ({ operation }) => {
  if (WRITES.has(operation))
    throw new APIError(
      'The audit log is read-only: its entries are written by the server when a record changes, and cannot be created, changed or deleted.',
      405,
      undefined,
      true,
    )
}

const nobody = () => false

const optionsOf = <T extends string>(
  values: readonly T[],
  labels: Record<T, Translated>,
): Option[] => values.map((value) => ({ value, label: labels[value] }))

/** `audit-log`: who changed what, when, through which door, with the fields before and after. */
export function auditLogCollection(): CollectionConfig {
  return {
    slug: AUDIT_LOG,
    labels: { singular: COLLECTION_LABELS.singular, plural: COLLECTION_LABELS.plural },
    admin: {
      group: COLLECTION_LABELS.group,
      useAsTitle: 'documentTitle',
      defaultColumns: [
        'createdAt',
        'actorName',
        'door',
        'operation',
        'target',
        'documentTitle',
        'changedFields',
      ],
      listSearchableFields: ['actorName', 'documentTitle', 'changedFields'],
    },
    defaultSort: '-createdAt',
    access: { read: managers, create: nobody, update: nobody, delete: nobody },
    hooks: { beforeOperation: [refuseWrites, refuseBadFilters] },
    // The trail under a document reads its newest entries by these two.
    indexes: [{ fields: ['target', 'documentId'] }],
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'operation',
            label: FIELD_LABELS.operation,
            type: 'select',
            required: true,
            options: optionsOf(OPERATIONS, OPERATION_LABELS),
          },
          {
            name: 'target',
            label: FIELD_LABELS.target,
            type: 'select',
            required: true,
            options: optionsOf([...AUDITED_COLLECTIONS, ...AUDITED_GLOBALS], TARGET_LABELS),
          },
          { name: 'documentId', label: FIELD_LABELS.documentId, type: 'number' },
          { name: 'documentTitle', label: FIELD_LABELS.documentTitle, type: 'text' },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'actorName', label: FIELD_LABELS.actorName, type: 'text' },
          {
            name: 'actor',
            label: FIELD_LABELS.actor,
            type: 'select',
            required: true,
            options: optionsOf(ACTORS, ACTOR_LABELS),
          },
          {
            name: 'user',
            label: FIELD_LABELS.user,
            type: 'relationship',
            relationTo: 'users',
            index: true,
          },
          {
            name: 'client',
            label: FIELD_LABELS.client,
            type: 'relationship',
            relationTo: 'clients',
            index: true,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'door',
            label: FIELD_LABELS.door,
            type: 'select',
            required: true,
            options: optionsOf(DOORS, DOOR_LABELS),
          },
          { name: 'via', label: FIELD_LABELS.via, type: 'text' },
        ],
      },
      { name: 'changedFields', label: FIELD_LABELS.changedFields, type: 'text' },
      {
        name: 'changes',
        label: FIELD_LABELS.changes,
        type: 'json',
        admin: {
          components: { Field: '/plugins/commerce/features/audit/AuditChanges#AuditChangesField' },
        },
      },
    ],
  }
}
