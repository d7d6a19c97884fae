import { moneyField } from '@collections/fields/money'
import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig } from 'payload'
import { admins, staff } from '@/shared/access/roles'
import { keepMovementsForward } from './hooks/keepMovementsForward'

export const Transactions: CollectionConfig = {
  slug: 'transactions',
  admin: {
    defaultColumns: ['createdAt', 'order', 'client', 'provider', 'kind', 'amount', 'status'],
    listSearchableFields: ['externalId'],
    group: 'Payments',
  },
  // Never deleted: invoices, acts and the orders' payment status are computed from these rows.
  access: { read: staff, create: admins, update: admins, delete: () => false },
  hooks: { beforeChange: [keepMovementsForward] },
  indexes: [{ fields: ['provider', 'externalId'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'order', type: 'relationship', relationTo: 'orders', index: true },
        { name: 'client', type: 'relationship', relationTo: 'clients', index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'provider',
          type: 'select',
          required: true,
          options: optionsOf(['stripe', 'telegram_stars', 'cash', 'bank_transfer']),
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: optionsOf(['payment', 'refund', 'credit_purchase', 'adjustment']),
        },
        {
          name: 'status',
          type: 'select',
          defaultValue: 'pending',
          options: optionsOf(['pending', 'succeeded', 'failed', 'refunded', 'disputed']),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        moneyField({ name: 'amount', required: true }),
        { name: 'currency', type: 'text', required: true, defaultValue: 'UZS', maxLength: 3 },
      ],
    },
    {
      name: 'externalId',
      type: 'text',
      index: true,
      admin: { description: "The provider's id; unique per provider." },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reference',
          type: 'text',
          index: true,
          admin: {
            description: 'The bank transfer or receipt reference; for Stripe, the PaymentIntent.',
          },
        },
        {
          name: 'recordedBy',
          type: 'relationship',
          relationTo: 'users',
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'note',
      type: 'text',
      admin: { description: 'Why: the reason of a refund, a remark on a payment.' },
    },
    { name: 'raw', type: 'json', admin: { readOnly: true } },
  ],
}
