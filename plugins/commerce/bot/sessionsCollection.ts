import type { CollectionConfig } from 'payload'

/** Where bot conversations keep their state, so a half-finished registration survives a restart. */
export function botSessionsCollection(): CollectionConfig {
  return {
    slug: 'bot-sessions',
    labels: {
      singular: { ru: 'Сессия бота', uz: 'Bot sessiyasi', en: 'Bot session' },
      plural: { ru: 'Сессии бота', uz: 'Bot sessiyalari', en: 'Bot sessions' },
    },
    admin: { group: { ru: 'Система', uz: 'Tizim', en: 'System' }, hidden: true },
    access: { read: () => false, create: () => false, update: () => false, delete: () => false },
    fields: [
      {
        name: 'key',
        label: { ru: 'Ключ', uz: 'Kalit', en: 'Key' },
        type: 'text',
        required: true,
        unique: true,
        index: true,
      },
      {
        name: 'value',
        label: { ru: 'Значение', uz: 'Qiymat', en: 'Value' },
        type: 'json',
        required: true,
        admin: { components: { Field: '/src/admin/JsonView#JsonView' } },
      },
    ],
  }
}
