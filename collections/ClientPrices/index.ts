import { moneyField } from '@collections/fields/money'
import type { CollectionConfig } from 'payload'
import { managers, staff } from '@/shared/access/roles'
import { refuseDuplicatePrice } from './hooks/refuseDuplicatePrice'
import { labels } from './labels'

export const ClientPrices: CollectionConfig = {
  slug: 'client-prices',
  labels: { singular: labels.singular, plural: labels.plural },
  admin: {
    defaultColumns: ['client', 'product', 'price', 'updatedAt'],
    group: labels.group,
    description: labels.description,
  },
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: { beforeValidate: [refuseDuplicatePrice] },
  indexes: [{ fields: ['client', 'product'], unique: true }],
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
      name: 'product',
      label: labels.product,
      type: 'relationship',
      relationTo: 'products',
      required: true,
      index: true,
    },
    moneyField({ name: 'price', label: labels.price, required: true }),
  ],
}
