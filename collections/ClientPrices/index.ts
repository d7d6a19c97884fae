import { moneyField } from '@collections/fields/money'
import type { CollectionConfig } from 'payload'
import { managers, staff } from '@/shared/access/roles'
import { refuseDuplicatePrice } from './hooks/refuseDuplicatePrice'

export const ClientPrices: CollectionConfig = {
  slug: 'client-prices',
  labels: { singular: 'Client price', plural: 'Client prices' },
  admin: {
    defaultColumns: ['client', 'product', 'price', 'updatedAt'],
    group: 'Sales',
    description: 'A negotiated price replaces the base price for one client and one product.',
  },
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: { beforeValidate: [refuseDuplicatePrice] },
  indexes: [{ fields: ['client', 'product'], unique: true }],
  fields: [
    { name: 'client', type: 'relationship', relationTo: 'clients', required: true, index: true },
    { name: 'product', type: 'relationship', relationTo: 'products', required: true, index: true },
    moneyField({ name: 'price', label: 'Negotiated price', required: true }),
  ],
}
