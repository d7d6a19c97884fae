import { optionsOf } from '@collections/fields/optionsOf'
import type { CollectionConfig, FieldAccess } from 'payload'
import { DELIVERY_STATUS_LABELS, DELIVERY_STATUSES } from '@/domain/courier'
import { managers, staff } from '@/shared/access/roles'
import { labels } from './labels'

/** What the courier told us is written by the server alone; staff only clear a conflict. */
const fromCourierOnly: { update: FieldAccess } = { update: () => false }

/**
 * One courier delivery per delivery order, requested when the order is ready to leave. Its status
 * follows the courier's webhooks; the order follows only where its workflow allows, and a report
 * it refused is marked here as a conflict for staff.
 */
export function deliveriesCollection(): CollectionConfig {
  return {
    slug: 'deliveries',
    labels: { singular: labels.delivery, plural: labels.deliveries },
    admin: {
      group: labels.group,
      useAsTitle: 'externalId',
      defaultColumns: ['order', 'status', 'conflict', 'externalId', 'trackingUrl', 'lastEventAt'],
      listSearchableFields: ['externalId'],
    },
    defaultSort: '-createdAt',
    access: { read: staff, create: () => false, update: managers, delete: () => false },
    fields: [
      {
        name: 'order',
        label: labels.order,
        type: 'relationship',
        relationTo: 'orders',
        required: true,
        unique: true,
        index: true,
        access: fromCourierOnly,
        admin: { readOnly: true },
      },
      {
        name: 'status',
        label: labels.status,
        type: 'select',
        required: true,
        defaultValue: 'requested',
        index: true,
        options: optionsOf(DELIVERY_STATUSES, DELIVERY_STATUS_LABELS),
        access: fromCourierOnly,
        admin: { readOnly: true },
      },
      {
        name: 'conflict',
        label: labels.conflict,
        type: 'checkbox',
        defaultValue: false,
        index: true,
        admin: { description: labels.conflictDescription },
      },
      {
        name: 'conflictNote',
        label: labels.conflictNote,
        type: 'textarea',
        access: fromCourierOnly,
        admin: { readOnly: true, condition: (data) => Boolean(data?.conflictNote) },
      },
      {
        name: 'externalId',
        label: labels.externalId,
        type: 'text',
        unique: true,
        index: true,
        access: fromCourierOnly,
        admin: { readOnly: true },
      },
      {
        name: 'trackingUrl',
        label: labels.trackingUrl,
        type: 'text',
        access: fromCourierOnly,
        admin: { readOnly: true },
      },
      {
        name: 'lastEventAt',
        label: labels.lastEventAt,
        type: 'date',
        access: fromCourierOnly,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'events',
        label: labels.events,
        type: 'join',
        collection: 'courier-events',
        on: 'delivery',
        defaultSort: '-createdAt',
        admin: { defaultColumns: ['createdAt', 'reported', 'outcome', 'note'] },
      },
    ],
  }
}
