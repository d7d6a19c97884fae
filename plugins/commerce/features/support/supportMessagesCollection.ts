import type { CollectionConfig, JoinField } from 'payload'

import { staff } from '@/shared/access/roles'

/** Every message of a support conversation, both ways, with its ids on each side of the bridge. */
export function supportMessagesCollection(): CollectionConfig {
  return {
    slug: 'support-messages',
    labels: { singular: 'Support message', plural: 'Support messages' },
    admin: {
      group: 'Support',
      useAsTitle: 'text',
      defaultColumns: ['createdAt', 'conversation', 'direction', 'text', 'author'],
      hidden: true,
    },
    access: { read: staff, create: () => false, update: () => false, delete: () => false },
    defaultSort: 'createdAt',
    fields: [
      {
        name: 'conversation',
        type: 'relationship',
        relationTo: 'conversations',
        required: true,
        index: true,
      },
      {
        name: 'direction',
        type: 'select',
        required: true,
        options: [
          { label: 'From the client', value: 'in' },
          { label: 'To the client', value: 'out' },
          { label: 'Internal note', value: 'note' },
        ],
      },
      {
        name: 'kind',
        type: 'text',
        admin: { description: 'text, photo, document, voice, sticker…' },
      },
      { name: 'text', type: 'textarea' },
      { name: 'author', type: 'relationship', relationTo: 'users' },
      {
        name: 'clientMessageId',
        type: 'number',
        admin: { description: 'The message in the client’s chat.' },
      },
      {
        name: 'groupMessageId',
        type: 'number',
        index: true,
        admin: { description: 'The message in the staff group.' },
      },
      {
        name: 'albumId',
        type: 'text',
        admin: { description: 'Telegram’s media group: photos sent together, copied together.' },
      },
    ],
  }
}

/** The conversation's messages, on its page in the admin. */
export const conversationMessagesField: JoinField = {
  name: 'messages',
  type: 'join',
  collection: 'support-messages',
  on: 'conversation',
  defaultLimit: 50,
  defaultSort: '-createdAt',
  admin: { defaultColumns: ['createdAt', 'direction', 'text', 'author'] },
}
