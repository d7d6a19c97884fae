import type { CollectionConfig } from 'payload'

/** Where bot conversations keep their state, so a half-finished registration survives a restart. */
export function botSessionsCollection(): CollectionConfig {
  return {
    slug: 'bot-sessions',
    admin: { group: 'System', hidden: true },
    access: { read: () => false, create: () => false, update: () => false, delete: () => false },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      { name: 'value', type: 'json', required: true },
    ],
  }
}
