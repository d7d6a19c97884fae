import type { CollectionConfig } from 'payload'

import { managers, staff } from '@/shared/access/roles'
import { applyConversationRules } from './hooks/applyConversationRules'

export const Conversations: CollectionConfig = {
  slug: 'conversations',
  admin: {
    useAsTitle: 'lastMessagePreview',
    defaultColumns: [
      'client',
      'status',
      'unreadCount',
      'lastMessageAt',
      'assignedTo',
      'lastMessagePreview',
    ],
    group: 'Support',
  },
  defaultSort: '-lastMessageAt',
  access: { read: staff, create: managers, update: managers, delete: managers },
  hooks: { beforeChange: [applyConversationRules] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'client',
          type: 'relationship',
          relationTo: 'clients',
          required: true,
          unique: true,
          index: true,
        },
        { name: 'assignedTo', type: 'relationship', relationTo: 'users', index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'chatId', type: 'number', required: true, index: true },
        {
          name: 'topicId',
          type: 'number',
          admin: { description: "The forum topic's message_thread_id." },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      index: true,
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Closed', value: 'closed' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'unreadCount', type: 'number', defaultValue: 0, min: 0 },
        {
          name: 'lastMessageAt',
          type: 'date',
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'lastMessagePreview', type: 'text' },
  ],
}
