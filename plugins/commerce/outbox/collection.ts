import type { CollectionConfig } from 'payload'

import { admins, staff } from '@/shared/access/roles'
import { resetRetriedRow } from './hooks/resetRetriedRow'

/**
 * Messages waiting to leave the system. A row is written in the same transaction as the change
 * it announces, so a rolled-back change announces nothing; a dispatcher sends rows after commit.
 */
export function outboxCollection(): CollectionConfig {
  return {
    slug: 'outbox',
    labels: { singular: 'Outbox message', plural: 'Outbox' },
    admin: {
      group: 'System',
      defaultColumns: ['createdAt', 'topic', 'status', 'attempts', 'lastError'],
      description:
        'Notifications waiting to be sent, sent, or parked as dead after their last try. To retry a dead one, set it back to Pending.',
    },
    access: {
      read: staff,
      create: () => false,
      update: admins,
      delete: () => false,
    },
    hooks: { beforeChange: [resetRetriedRow] },
    // The claim's "no earlier pending row in this sequence" looks rows up by sequence.
    indexes: [{ fields: ['status', 'availableAt'] }, { fields: ['sequence', 'status'] }],
    fields: [
      {
        name: 'topic',
        type: 'text',
        required: true,
        index: true,
        admin: { description: 'What happened, e.g. order.status_changed' },
      },
      { name: 'payload', type: 'json', required: true },
      {
        name: 'sequence',
        type: 'text',
        admin: {
          readOnly: true,
          description:
            'Rows of one sequence (a client, an order card) are sent one at a time, in order.',
        },
      },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'pending',
        options: [
          { label: 'Pending', value: 'pending' },
          { label: 'Sent', value: 'sent' },
          { label: 'Dead', value: 'dead' },
        ],
      },
      { name: 'attempts', type: 'number', defaultValue: 0 },
      {
        name: 'availableAt',
        type: 'date',
        admin: { description: 'Not sent before this time (back-off).' },
      },
      { name: 'sentAt', type: 'date' },
      { name: 'lastError', type: 'textarea' },
    ],
  }
}
