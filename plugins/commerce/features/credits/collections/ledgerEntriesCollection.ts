import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig } from 'payload'
import { managers, staff } from '@/shared/access/roles'
import {
  ENTRY_KIND_LABELS,
  ENTRY_KINDS,
  ENTRY_SOURCE_LABELS,
  ENTRY_SOURCES,
  labels,
} from '../labels'
import { applyEntry } from '../ledger/applyEntry'
import { tellGrant } from '../ledger/tellGrant'

/**
 * Every movement of credits: purchases, spends, staff's grants and takes, refunds, passes. An
 * entry is never changed or deleted; a correction is a new entry. Creating one moves its
 * wallet's balance in the same transaction (`applyEntry`), so the two cannot disagree.
 */
export function ledgerEntriesCollection(): CollectionConfig {
  return {
    slug: 'ledger-entries',
    labels: { singular: labels.entry, plural: labels.entries },
    admin: {
      group: labels.group,
      useAsTitle: 'reason',
      defaultColumns: ['createdAt', 'client', 'kind', 'amount', 'balanceAfter', 'reason', 'actor'],
    },
    access: { read: staff, create: managers, update: () => false, delete: () => false },
    defaultSort: '-createdAt',
    hooks: { beforeChange: [applyEntry], afterChange: [tellGrant] },
    indexes: [{ fields: ['wallet', 'createdAt'] }],
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'client',
            label: labels.client,
            type: 'relationship',
            relationTo: 'clients',
            required: true,
            index: true,
          },
          {
            name: 'wallet',
            label: labels.wallet,
            type: 'relationship',
            relationTo: 'wallets',
            admin: { readOnly: true },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            label: labels.kind,
            type: 'select',
            required: true,
            defaultValue: 'grant',
            options: optionsOf(ENTRY_KINDS, ENTRY_KIND_LABELS),
          },
          {
            name: 'amount',
            label: labels.amount,
            type: 'number',
            required: true,
            admin: { step: 1, description: labels.amountDescription },
          },
          {
            name: 'balanceAfter',
            label: labels.balanceAfter,
            type: 'number',
            admin: { readOnly: true },
          },
        ],
      },
      { name: 'reason', label: labels.reason, type: 'text', maxLength: 200 },
      {
        type: 'row',
        fields: [
          {
            name: 'source',
            label: labels.source,
            type: 'select',
            options: optionsOf(ENTRY_SOURCES, ENTRY_SOURCE_LABELS),
            admin: { readOnly: true },
          },
          {
            name: 'messageKind',
            label: labels.messageKind,
            type: 'text',
            admin: { readOnly: true },
          },
          {
            name: 'actor',
            label: labels.actor,
            type: 'relationship',
            relationTo: 'users',
            admin: { readOnly: true },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'transaction',
            label: labels.transaction,
            type: 'relationship',
            relationTo: 'transactions',
            admin: { readOnly: true },
          },
          { name: 'key', label: labels.key, type: 'text', unique: true, admin: { readOnly: true } },
        ],
      },
    ],
  }
}
