import type { CollectionConfig } from 'payload'

import { managers, staff } from '@/shared/access/roles'
import { applyConversationRules } from './hooks/applyConversationRules'
import { labels } from './labels'

export const Conversations: CollectionConfig = {
  slug: 'conversations',
  labels: { singular: labels.singular, plural: labels.plural },
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
    group: labels.group,
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
          label: labels.client,
          type: 'relationship',
          relationTo: 'clients',
          required: true,
          unique: true,
          index: true,
        },
        {
          name: 'assignedTo',
          label: labels.assignedTo,
          type: 'relationship',
          relationTo: 'users',
          index: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'chatId', label: labels.chatId, type: 'number', required: true, index: true },
        {
          name: 'topicId',
          label: labels.topicId,
          type: 'number',
          admin: { description: labels.topicIdDescription },
        },
      ],
    },
    {
      name: 'status',
      label: labels.status,
      type: 'select',
      defaultValue: 'open',
      index: true,
      options: [
        { label: labels.open, value: 'open' },
        { label: labels.closed, value: 'closed' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unreadCount',
          label: labels.unreadCount,
          type: 'number',
          defaultValue: 0,
          min: 0,
        },
        {
          name: 'lastMessageAt',
          label: labels.lastMessageAt,
          type: 'date',
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'lastMessagePreview', label: labels.lastMessagePreview, type: 'text' },
  ],
}
