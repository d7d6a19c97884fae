import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/roles'
import { MOMENT } from '@/shared/adminDates'
import { labels } from '../labels'

/**
 * Clients waiting for a product to come back: one row per client and product, told once when it
 * is back (`notifiedAt`), waiting again if they ask again.
 */
export function stockWatchesCollection(): CollectionConfig {
  const serverOnly = () => false
  return {
    slug: 'stock-watches',
    labels: { singular: labels.watch, plural: labels.watches },
    admin: {
      group: labels.group,
      defaultColumns: ['client', 'product', 'notifiedAt', 'updatedAt'],
    },
    access: { read: staff, create: serverOnly, update: serverOnly, delete: staff },
    indexes: [{ fields: ['client', 'product'], unique: true }],
    fields: [
      {
        name: 'client',
        label: labels.client,
        type: 'relationship',
        relationTo: 'clients',
        required: true,
      },
      {
        name: 'product',
        label: labels.product,
        type: 'relationship',
        relationTo: 'products',
        required: true,
        index: true,
      },
      { name: 'notifiedAt', label: labels.notifiedAt, type: 'date', admin: { date: MOMENT } },
    ],
  }
}
