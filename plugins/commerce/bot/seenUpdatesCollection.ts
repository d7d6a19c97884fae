import type { CollectionConfig } from 'payload'

/**
 * The ids of the Telegram updates taken for handling, so an update Telegram delivers again (it
 * resends whenever a webhook answers slowly) is handled once across all servers. Ids and times
 * only, pruned after a day: Telegram itself keeps an update no longer than that.
 */
export function seenUpdatesCollection(): CollectionConfig {
  return {
    slug: 'telegram-updates',
    labels: {
      singular: { ru: 'Обновление Telegram', uz: 'Telegram yangilanishi', en: 'Telegram update' },
      plural: { ru: 'Обновления Telegram', uz: 'Telegram yangilanishlari', en: 'Telegram updates' },
    },
    admin: { group: { ru: 'Система', uz: 'Tizim', en: 'System' }, hidden: true },
    timestamps: false,
    access: { read: () => false, create: () => false, update: () => false, delete: () => false },
    fields: [
      {
        name: 'updateId',
        label: { ru: 'ID обновления', uz: 'Yangilanish ID', en: 'Update ID' },
        type: 'number',
        required: true,
        unique: true,
        index: true,
      },
      {
        name: 'takenAt',
        label: { ru: 'Взято в работу', uz: 'Olingan vaqt', en: 'Taken at' },
        type: 'date',
        required: true,
        index: true,
      },
      {
        name: 'doneAt',
        label: { ru: 'Обработано', uz: 'Bajarilgan vaqt', en: 'Done at' },
        type: 'date',
      },
    ],
  }
}
