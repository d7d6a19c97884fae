import type { CollectionConfig } from 'payload'

/**
 * The bot's Telegram send budget, shared by every server on this database: one row for the bot's
 * pace (`all`) and one per chat written to lately. Read and booked by `sharedSendBudget`; nobody
 * edits it, and rows of chats quiet for a minute are pruned.
 */
export function sendBudgetCollection(): CollectionConfig {
  return {
    slug: 'send-budget',
    labels: {
      singular: { ru: 'Лимит отправки', uz: 'Yuborish limiti', en: 'Send budget' },
      plural: { ru: 'Лимиты отправки', uz: 'Yuborish limitlari', en: 'Send budget' },
    },
    admin: { hidden: true, useAsTitle: 'key' },
    access: {
      read: () => false,
      create: () => false,
      update: () => false,
      delete: () => false,
    },
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
        name: 'nextAt',
        label: { ru: 'Следующая отправка', uz: 'Keyingi yuborish', en: 'Next departure' },
        type: 'date',
        required: true,
      },
    ],
  }
}
