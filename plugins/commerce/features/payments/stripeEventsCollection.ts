import type { CollectionConfig } from 'payload'

import { managers, staff } from '@/shared/access/roles'
import { processAgain } from './hooks/processAgain'

/**
 * What Stripe sent is written by the webhook alone: "Process again" replays the stored event, so
 * nobody may change it through the API (read-only in the admin is only how it looks there).
 */
const fromStripeOnly = { update: () => false }

/**
 * Every Stripe event, stored once by its id before it is processed: a replay finds it and changes
 * nothing. Those that failed or concern nothing we know are listed here with the reason; setting
 * one back to "pending" processes it again.
 */
export function stripeEventsCollection(): CollectionConfig {
  return {
    slug: 'stripe-events',
    labels: { singular: 'Stripe event', plural: 'Stripe events' },
    admin: {
      group: 'Payments',
      useAsTitle: 'eventId',
      defaultColumns: ['eventId', 'type', 'status', 'attempts', 'error', 'createdAt'],
      description:
        'Webhook events from Stripe. Failed or flagged ones can be processed again by setting them to Pending.',
    },
    access: {
      read: staff,
      create: () => false,
      update: managers,
      delete: () => false,
    },
    hooks: { afterChange: [processAgain] },
    fields: [
      {
        name: 'eventId',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        access: fromStripeOnly,
        admin: { readOnly: true },
      },
      {
        name: 'type',
        type: 'text',
        required: true,
        access: fromStripeOnly,
        admin: { readOnly: true },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        options: [
          { label: 'Pending', value: 'pending' },
          { label: 'Processing', value: 'processing' },
          { label: 'Processed', value: 'processed' },
          { label: 'Failed', value: 'failed' },
          { label: 'Flagged: nothing of ours', value: 'flagged' },
        ],
      },
      {
        name: 'attempts',
        type: 'number',
        defaultValue: 0,
        access: fromStripeOnly,
        admin: { readOnly: true },
      },
      { name: 'error', type: 'text', access: fromStripeOnly, admin: { readOnly: true } },
      {
        name: 'payload',
        type: 'json',
        required: true,
        access: fromStripeOnly,
        admin: { readOnly: true },
      },
    ],
  }
}
