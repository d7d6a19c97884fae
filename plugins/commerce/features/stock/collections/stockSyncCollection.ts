import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/roles'
import { MOMENT } from '@/shared/adminDates'
import { labels } from '../labels'

/**
 * Where the warehouse pull stands: the cursor it asks from next (moved only by a pull that got
 * every page), failures in a row, and the rows the last pull set aside with their reasons.
 */
export function stockSyncCollection(): CollectionConfig {
  const serverOnly = () => false
  return {
    slug: 'stock-sync',
    labels: { singular: labels.sync, plural: labels.syncs },
    admin: {
      group: labels.group,
      useAsTitle: 'key',
      defaultColumns: ['key', 'cursor', 'failuresInRow', 'lastSuccessAt', 'lastError'],
    },
    access: { read: staff, create: serverOnly, update: serverOnly, delete: serverOnly },
    fields: [
      { name: 'key', label: labels.key, type: 'text', required: true, unique: true },
      { name: 'cursor', label: labels.cursor, type: 'text' },
      { name: 'failuresInRow', label: labels.failuresInRow, type: 'number', defaultValue: 0 },
      { name: 'lastError', label: labels.lastError, type: 'textarea' },
      { name: 'lastSuccessAt', label: labels.lastSuccessAt, type: 'date', admin: { date: MOMENT } },
      { name: 'skipped', label: labels.skipped, type: 'json' },
    ],
  }
}
