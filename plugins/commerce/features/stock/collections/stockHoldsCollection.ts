import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/roles'
import { labels } from '../labels'

export const HOLD_STATES = ['held', 'released', 'consumed'] as const

/**
 * What each order holds of each product and in which warehouse: written with the order's
 * reservation, moved once to released (cancelled) or consumed (delivered, given). Only the
 * server writes it; the pick lists are read from it.
 */
export function stockHoldsCollection(): CollectionConfig {
  const serverOnly = () => false
  return {
    slug: 'stock-holds',
    labels: { singular: labels.hold, plural: labels.holds },
    admin: {
      group: labels.group,
      defaultColumns: ['order', 'product', 'warehouse', 'quantity', 'state'],
    },
    access: { read: staff, create: serverOnly, update: serverOnly, delete: serverOnly },
    indexes: [{ fields: ['order', 'product'], unique: true }],
    fields: [
      {
        name: 'order',
        label: labels.order,
        type: 'relationship',
        relationTo: 'orders',
        required: true,
        index: true,
      },
      {
        name: 'product',
        label: labels.product,
        type: 'relationship',
        relationTo: 'products',
        required: true,
      },
      { name: 'warehouse', label: labels.warehouse, type: 'text', required: true, index: true },
      { name: 'quantity', label: labels.quantity, type: 'number', required: true },
      {
        name: 'state',
        label: labels.state,
        type: 'select',
        required: true,
        defaultValue: 'held',
        options: HOLD_STATES.map((value) => ({ value, label: labels[value] })),
      },
    ],
  }
}
