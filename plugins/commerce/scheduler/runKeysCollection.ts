import type { CollectionConfig } from 'payload'

/**
 * One row per scheduled run, such as `morning-report:2026-11-23`. Taking the key is what lets a
 * run happen: the unique index makes two servers on one database agree on who does it.
 */
export function runKeysCollection(): CollectionConfig {
  return {
    slug: 'run-keys',
    labels: { singular: 'Scheduled run', plural: 'Scheduled runs' },
    admin: {
      group: 'System',
      useAsTitle: 'key',
      defaultColumns: ['key', 'leaseUntil', 'completedAt', 'result'],
      description: 'Each scheduled job run, taken once across all servers.',
    },
    access: {
      read: ({ req }) => Boolean(req.user),
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      {
        name: 'leaseUntil',
        type: 'date',
        required: true,
        admin: {
          description: 'A run not completed by then may be taken over by another server.',
          date: { pickerAppearance: 'dayAndTime' },
        },
      },
      { name: 'completedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'result', type: 'text' },
    ],
  }
}
