import { moneyField } from '@collections/fields/money'
import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig } from 'payload'
import {
  PROVIDER_LABELS,
  TRANSACTION_KIND_LABELS,
  TRANSACTION_KINDS,
  TRANSACTION_PROVIDERS,
  TRANSACTION_STATUS_LABELS,
  TRANSACTION_STATUSES,
} from '@/domain/transactionLabels'
import { admins, staff } from '@/shared/access/roles'
import { keepMovementsForward } from './hooks/keepMovementsForward'
import { labels } from './labels'

export const Transactions: CollectionConfig = {
  slug: 'transactions',
  labels: { singular: labels.singular, plural: labels.plural },
  admin: {
    defaultColumns: ['createdAt', 'order', 'client', 'provider', 'kind', 'amount', 'status'],
    listSearchableFields: ['externalId'],
    group: labels.group,
  },
  // Never deleted: invoices, acts and the orders' payment status are computed from these rows.
  access: { read: staff, create: admins, update: admins, delete: () => false },
  hooks: { beforeChange: [keepMovementsForward] },
  indexes: [{ fields: ['provider', 'externalId'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'order',
          label: labels.order,
          type: 'relationship',
          relationTo: 'orders',
          index: true,
        },
        {
          name: 'client',
          label: labels.client,
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
          name: 'provider',
          label: labels.provider,
          type: 'select',
          required: true,
          options: optionsOf(TRANSACTION_PROVIDERS, PROVIDER_LABELS),
        },
        {
          name: 'kind',
          label: labels.kind,
          type: 'select',
          required: true,
          options: optionsOf(TRANSACTION_KINDS, TRANSACTION_KIND_LABELS),
        },
        {
          name: 'status',
          label: labels.status,
          type: 'select',
          defaultValue: 'pending',
          options: optionsOf(TRANSACTION_STATUSES, TRANSACTION_STATUS_LABELS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        moneyField({ name: 'amount', label: labels.amount, required: true }),
        {
          name: 'currency',
          label: labels.currency,
          type: 'text',
          required: true,
          defaultValue: 'UZS',
          maxLength: 3,
        },
      ],
    },
    {
      name: 'externalId',
      label: labels.externalId,
      type: 'text',
      index: true,
      admin: { description: labels.externalIdDescription },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          label: labels.reference,
          type: 'text',
          index: true,
          admin: { description: labels.referenceDescription },
        },
        {
          name: 'recordedBy',
          label: labels.recordedBy,
          type: 'relationship',
          relationTo: 'users',
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'note',
      label: labels.note,
      type: 'text',
      admin: { description: labels.noteDescription },
    },
    {
      name: 'raw',
      label: labels.raw,
      type: 'json',
      admin: { readOnly: true, components: { Field: '/src/admin/JsonView#JsonView' } },
    },
  ],
}
