import { moneyField } from '@collections/fields/money'
import type { CollectionConfig } from 'payload'
import { checkField, quantitySchema } from '@/domain/validators'
import { managers, staff } from '@/shared/access/roles'
import { deleteDependents, refuseDeleteWhileUsed } from '@/shared/deletion'

export const Products: CollectionConfig = {
  slug: 'products',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'sku', 'category', 'unit', 'price', 'active'],
    listSearchableFields: ['name', 'sku'],
    group: 'Catalog',
  },
  defaultSort: 'sortOrder',
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: {
    beforeDelete: [
      refuseDeleteWhileUsed(
        'orders',
        'items.product',
        'This product is in {count} orders: untick Active to stop selling it.',
      ),
      deleteDependents('client-prices', 'product'),
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'sku', type: 'text', label: 'SKU', required: true, unique: true, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'relationship',
          relationTo: 'categories',
          required: true,
          index: true,
        },
        {
          name: 'unit',
          type: 'select',
          required: true,
          defaultValue: 'pcs',
          options: [
            { label: 'pcs', value: 'pcs' },
            { label: 'kg', value: 'kg' },
            { label: 'box', value: 'box' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        moneyField({ name: 'price', label: 'Base price', required: true }),
        {
          name: 'minQuantity',
          type: 'number',
          defaultValue: 1,
          min: 1,
          validate: (value: unknown) => checkField(quantitySchema, value),
          admin: { description: 'The smallest quantity a client may order.', step: 1 },
        },
      ],
    },
    { name: 'description', type: 'textarea' },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    { name: 'sortOrder', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}
