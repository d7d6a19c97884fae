import type { CollectionConfig } from 'payload'

/**
 * The ids of the Telegram updates taken for handling, so an update Telegram delivers again (it
 * resends whenever a webhook answers slowly) is handled once across all servers. Ids and times
 * only, pruned after a day: Telegram itself keeps an update no longer than that.
 */
export function seenUpdatesCollection(): CollectionConfig {
  return {
    slug: 'telegram-updates',
    admin: { group: 'System', hidden: true },
    timestamps: false,
    access: { read: () => false, create: () => false, update: () => false, delete: () => false },
    fields: [
      { name: 'updateId', type: 'number', required: true, unique: true, index: true },
      { name: 'takenAt', type: 'date', required: true, index: true },
      { name: 'doneAt', type: 'date' },
    ],
  }
}
