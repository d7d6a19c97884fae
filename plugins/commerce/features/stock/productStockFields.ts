import type { Field } from 'payload'
import { labels } from './labels'

/**
 * What the products gain: the stock all warehouses have left, kept by this feature with every
 * reservation, release and pull (so the catalogs read one column, and null means "not counted,
 * always offered"), and the product's rows per warehouse in its admin page.
 */
export const productStockFields: Field[] = [
  {
    name: 'stockAvailable',
    label: labels.stockAvailable,
    type: 'number',
    access: { create: () => false, update: () => false },
    admin: { readOnly: true, position: 'sidebar', description: labels.stockAvailableDescription },
  },
  {
    name: 'stockLevels',
    label: labels.stockRows,
    type: 'join',
    collection: 'stock-levels',
    on: 'product',
    defaultLimit: 20,
    admin: { defaultColumns: ['warehouse', 'available', 'reserved', 'warehouseUpdatedAt'] },
  },
]
