import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig } from 'payload'
import { DELIVERY_STATUS_LABELS, DELIVERY_STATUSES } from '@/domain/courier'
import { staff } from '@/shared/access/roles'
import { EVENT_OUTCOME_LABELS, EVENT_OUTCOMES, labels } from './labels'

/**
 * Every courier webhook event, stored once by its id in the transaction that applies it: a replay
 * finds it and changes nothing. Written by the webhook alone.
 */
export function courierEventsCollection(): CollectionConfig {
  return {
    slug: 'courier-events',
    labels: { singular: labels.event, plural: labels.events },
    admin: {
      group: labels.group,
      useAsTitle: 'eventId',
      defaultColumns: ['createdAt', 'delivery', 'reported', 'outcome', 'note'],
    },
    defaultSort: '-createdAt',
    access: { read: staff, create: () => false, update: () => false, delete: () => false },
    fields: [
      {
        name: 'eventId',
        label: labels.eventId,
        type: 'text',
        required: true,
        unique: true,
        index: true,
      },
      {
        name: 'delivery',
        label: labels.delivery,
        type: 'relationship',
        relationTo: 'deliveries',
        required: true,
        index: true,
      },
      {
        name: 'reported',
        label: labels.reported,
        type: 'select',
        required: true,
        options: optionsOf(DELIVERY_STATUSES, DELIVERY_STATUS_LABELS),
      },
      {
        name: 'outcome',
        label: labels.outcome,
        type: 'select',
        required: true,
        index: true,
        options: optionsOf(EVENT_OUTCOMES, EVENT_OUTCOME_LABELS),
      },
      { name: 'occurredAt', label: labels.occurredAt, type: 'date' },
      { name: 'note', label: labels.note, type: 'text' },
      {
        name: 'payload',
        label: labels.payload,
        type: 'json',
        admin: { components: { Field: '/src/admin/JsonView#JsonView' } },
      },
    ],
  }
}
