import type { CollectionConfig } from 'payload'
import { managers, staff } from '@/shared/access/roles'
import { MOMENT } from '@/shared/adminDates'
import { keepProductStock, keepProductStockOnDelete } from '../keepProductStock'
import { labels } from '../labels'

/** Integers at or above zero: stock is counted in whole units of the product. */
const count = (value: unknown) =>
  value === null || value === undefined || (Number.isSafeInteger(value) && Number(value) >= 0)
    ? true
    : 'A whole number, 0 or more / Целое число, 0 или больше / Butun son, 0 yoki ko‘proq'

/**
 * Stock per product and warehouse: what may still be ordered (`available`) and what orders hold
 * (`reserved`). Rows come from the warehouse pull; a manager may correct one by hand. A product
 * with no row here is not stock-tracked and is always offered.
 */
export function stockLevelsCollection(): CollectionConfig {
  return {
    slug: 'stock-levels',
    labels: { singular: labels.level, plural: labels.levels },
    admin: {
      group: labels.group,
      defaultColumns: ['product', 'warehouse', 'available', 'reserved', 'warehouseUpdatedAt'],
      description: labels.levelsDescription,
      components: {
        beforeListTable: ['/plugins/commerce/features/stock/PickListLinks#PickListLinks'],
      },
    },
    access: { read: staff, create: managers, update: managers, delete: managers },
    indexes: [{ fields: ['product', 'warehouse'], unique: true }],
    hooks: { afterChange: [keepProductStock], afterDelete: [keepProductStockOnDelete] },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'product',
            label: labels.product,
            type: 'relationship',
            relationTo: 'products',
            required: true,
            index: true,
          },
          {
            name: 'warehouse',
            label: labels.warehouse,
            type: 'text',
            required: true,
            maxLength: 64,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'available',
            label: labels.available,
            type: 'number',
            required: true,
            defaultValue: 0,
            min: 0,
            validate: count,
            admin: { step: 1 },
          },
          {
            // Moved by orders only (reserve, release, consume), never typed.
            name: 'reserved',
            label: labels.reserved,
            type: 'number',
            defaultValue: 0,
            min: 0,
            access: { create: () => false, update: () => false },
            admin: { readOnly: true },
          },
        ],
      },
      {
        name: 'warehouseUpdatedAt',
        label: labels.warehouseUpdatedAt,
        type: 'date',
        admin: { readOnly: true, date: MOMENT },
      },
    ],
  }
}
