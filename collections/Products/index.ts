import { moneyField } from '@collections/fields/money'
import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { UNIT_LABELS, UNITS } from '@/domain/units'
import { checkField, quantitySchema } from '@/domain/validators'
import { managers, staff } from '@/shared/access/roles'
import { deleteDependents, refuseDeleteWhileUsed } from '@/shared/deletion'
import { requestLanguage } from '@/shared/requestLanguage'
import { PHOTO_MIME_TYPES } from '../Media'
import { labels } from './labels'

export const Products: CollectionConfig = {
  slug: 'products',
  labels: { singular: labels.singular, plural: labels.plural },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['photo', 'name', 'sku', 'category', 'unit', 'price', 'active'],
    listSearchableFields: ['name', 'sku'],
    group: labels.group,
  },
  defaultSort: 'sortOrder',
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: {
    beforeDelete: [
      refuseDeleteWhileUsed('orders', 'items.product', labels.inOrders),
      deleteDependents('client-prices', 'product'),
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', label: labels.name, type: 'text', required: true },
        {
          name: 'sku',
          label: labels.sku,
          type: 'text',
          required: true,
          unique: true,
          index: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          label: labels.category,
          type: 'relationship',
          relationTo: 'categories',
          required: true,
          index: true,
        },
        {
          name: 'unit',
          label: labels.unit,
          type: 'select',
          required: true,
          defaultValue: 'pcs',
          options: optionsOf(UNITS, UNIT_LABELS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        moneyField({ name: 'price', label: labels.price, required: true }),
        {
          name: 'minQuantity',
          label: labels.minQuantity,
          type: 'number',
          defaultValue: 1,
          min: 1,
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            checkField(quantitySchema, value, requestLanguage(req)),
          admin: { description: labels.minQuantityDescription, step: 1 },
        },
      ],
    },
    { name: 'description', label: labels.description, type: 'textarea' },
    // Shown in the admin's list and the shop; one photo, kept in `media` with its smaller copies.
    {
      name: 'photo',
      label: labels.photo,
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { in: PHOTO_MIME_TYPES }, premium: { not_equals: true } },
    },
    {
      name: 'active',
      label: labels.active,
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'sortOrder',
      label: labels.sortOrder,
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
  ],
}
