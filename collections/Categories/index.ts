import type { CollectionConfig } from 'payload'
import { managers, staff } from '@/shared/access/roles'
import { refuseDeleteWhileUsed } from '@/shared/deletion'

export const Categories: CollectionConfig = {
  slug: 'categories',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sortOrder', 'active'],
    group: 'Catalog',
  },
  defaultSort: 'sortOrder',
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: {
    beforeDelete: [
      refuseDeleteWhileUsed(
        'products',
        'category',
        'This category has {count} products: move them first, or untick Active.',
      ),
    ],
  },
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
