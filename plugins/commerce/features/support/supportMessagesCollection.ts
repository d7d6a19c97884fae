import type { CollectionConfig, JoinField } from 'payload'

import { staff } from '@/shared/access/roles'

/** Every message of a support conversation, both ways, with its ids on each side of the bridge. */
export function supportMessagesCollection(): CollectionConfig {
  return {
    slug: 'support-messages',
    labels: {
      singular: {
        ru: 'Сообщение поддержки',
        uz: "Qo'llab-quvvatlash xabari",
        en: 'Support message',
      },
      plural: {
        ru: 'Сообщения поддержки',
        uz: "Qo'llab-quvvatlash xabarlari",
        en: 'Support messages',
      },
    },
    admin: {
      group: { ru: 'Поддержка', uz: "Qo'llab-quvvatlash", en: 'Support' },
      useAsTitle: 'text',
      defaultColumns: ['createdAt', 'conversation', 'direction', 'text', 'author'],
      hidden: true,
    },
    access: { read: staff, create: () => false, update: () => false, delete: () => false },
    defaultSort: 'createdAt',
    fields: [
      {
        name: 'conversation',
        label: { ru: 'Переписка', uz: 'Yozishma', en: 'Conversation' },
        type: 'relationship',
        relationTo: 'conversations',
        required: true,
        index: true,
      },
      {
        name: 'direction',
        label: { ru: 'Направление', uz: "Yo'nalish", en: 'Direction' },
        type: 'select',
        required: true,
        options: [
          { label: { ru: 'От клиента', uz: 'Mijozdan', en: 'From the client' }, value: 'in' },
          { label: { ru: 'Клиенту', uz: 'Mijozga', en: 'To the client' }, value: 'out' },
          {
            label: { ru: 'Внутренняя заметка', uz: 'Ichki eslatma', en: 'Internal note' },
            value: 'note',
          },
        ],
      },
      {
        name: 'kind',
        label: { ru: 'Вид', uz: 'Turi', en: 'Kind' },
        type: 'text',
        admin: {
          description: {
            ru: 'text, photo, document, voice, sticker… (текст, фото, документ, голос, стикер)',
            uz: 'text, photo, document, voice, sticker… (matn, rasm, hujjat, ovoz, stiker)',
            en: 'text, photo, document, voice, sticker…',
          },
        },
      },
      { name: 'text', label: { ru: 'Текст', uz: 'Matn', en: 'Text' }, type: 'textarea' },
      {
        name: 'author',
        label: { ru: 'Автор', uz: 'Muallif', en: 'Author' },
        type: 'relationship',
        relationTo: 'users',
      },
      {
        name: 'clientMessageId',
        label: {
          ru: 'ID сообщения в чате клиента',
          uz: 'Mijoz chatidagi xabar ID',
          en: 'Message ID in the client’s chat',
        },
        type: 'number',
      },
      {
        name: 'groupMessageId',
        label: {
          ru: 'ID сообщения в группе сотрудников',
          uz: 'Xodimlar guruhidagi xabar ID',
          en: 'Message ID in the staff group',
        },
        type: 'number',
        index: true,
      },
      {
        name: 'albumId',
        label: { ru: 'ID альбома', uz: 'Albom ID', en: 'Album ID' },
        type: 'text',
        admin: {
          description: {
            ru: 'Медиагруппа Telegram: фото, отправленные вместе, копируются вместе.',
            uz: 'Telegram media guruhi: birga yuborilgan rasmlar birga nusxalanadi.',
            en: 'Telegram’s media group: photos sent together, copied together.',
          },
        },
      },
    ],
  }
}

/** The conversation's messages, on its page in the admin. */
export const conversationMessagesField: JoinField = {
  name: 'messages',
  label: { ru: 'Сообщения', uz: 'Xabarlar', en: 'Messages' },
  type: 'join',
  collection: 'support-messages',
  on: 'conversation',
  defaultLimit: 50,
  defaultSort: '-createdAt',
  admin: { defaultColumns: ['createdAt', 'direction', 'text', 'author'] },
}
