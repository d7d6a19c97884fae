import type { CollectionConfig } from 'payload'

import { managers, staff } from '../roles'

export const Categories: CollectionConfig = {
  slug: 'categories',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sortOrder', 'active'],
    group: 'Catalog',
  },
  defaultSort: 'sortOrder',
  access: { read: staff, create: managers, update: managers, delete: managers },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'sortOrder', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    {
      name: 'products',
      type: 'join',
      collection: 'products',
      on: 'category',
      admin: { defaultColumns: ['name', 'sku', 'price', 'active'] },
    },
  ],
}
