import type { CollectionConfig } from 'payload'
import { managers, staff } from '@/shared/access/roles'
import { refuseDeleteWhileUsed } from '@/shared/deletion'
import { labels } from './labels'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: labels.singular, plural: labels.plural },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sortOrder', 'active'],
    group: labels.group,
  },
  defaultSort: 'sortOrder',
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: {
    beforeDelete: [refuseDeleteWhileUsed('products', 'category', labels.stillUsed)],
  },
  fields: [
    { name: 'name', label: labels.name, type: 'text', required: true },
    {
      name: 'sortOrder',
      label: labels.sortOrder,
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
    {
      name: 'active',
      label: labels.active,
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'products',
      label: labels.products,
      type: 'join',
      collection: 'products',
      on: 'category',
      admin: { defaultColumns: ['name', 'sku', 'price', 'active'] },
    },
  ],
}
