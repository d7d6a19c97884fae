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
    labels: {
      singular: { ru: 'Событие Stripe', uz: 'Stripe hodisasi', en: 'Stripe event' },
      plural: { ru: 'События Stripe', uz: 'Stripe hodisalari', en: 'Stripe events' },
    },
    admin: {
      group: { ru: 'Платежи', uz: "To'lovlar", en: 'Payments' },
      useAsTitle: 'eventId',
      defaultColumns: ['eventId', 'type', 'status', 'attempts', 'error', 'createdAt'],
      description: {
        ru: 'События вебхука Stripe. Неудачные или помеченные можно обработать снова, вернув им статус «Ожидает».',
        uz: 'Stripe webhook hodisalari. Muvaffaqiyatsiz yoki belgilanganlarini holatini «Kutilmoqda» qilib, qayta ishlash mumkin.',
        en: 'Webhook events from Stripe. Failed or flagged ones can be processed again by setting them to Pending.',
      },
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
        label: { ru: 'ID события', uz: 'Hodisa ID', en: 'Event ID' },
        type: 'text',
        required: true,
        unique: true,
        index: true,
        access: fromStripeOnly,
        admin: { readOnly: true },
      },
      {
        name: 'type',
        label: { ru: 'Тип', uz: 'Turi', en: 'Type' },
        type: 'text',
        required: true,
        access: fromStripeOnly,
        admin: { readOnly: true },
      },
      {
        name: 'status',
        label: { ru: 'Статус', uz: 'Holati', en: 'Status' },
        type: 'select',
        required: true,
        defaultValue: 'pending',
        options: [
          { label: { ru: 'Ожидает', uz: 'Kutilmoqda', en: 'Pending' }, value: 'pending' },
          {
            label: { ru: 'Обрабатывается', uz: 'Ishlanmoqda', en: 'Processing' },
            value: 'processing',
          },
          { label: { ru: 'Обработано', uz: 'Ishlangan', en: 'Processed' }, value: 'processed' },
          { label: { ru: 'Ошибка', uz: 'Xato', en: 'Failed' }, value: 'failed' },
          {
            label: {
              ru: 'Помечено: не относится к нам',
              uz: 'Belgilangan: bizga tegishli emas',
              en: 'Flagged: nothing of ours',
            },
            value: 'flagged',
          },
        ],
      },
      {
        name: 'attempts',
        label: { ru: 'Попытки', uz: 'Urinishlar', en: 'Attempts' },
        type: 'number',
        defaultValue: 0,
        access: fromStripeOnly,
        admin: { readOnly: true },
      },
      {
        name: 'error',
        label: { ru: 'Ошибка', uz: 'Xato', en: 'Error' },
        type: 'text',
        access: fromStripeOnly,
        admin: { readOnly: true },
      },
      {
        name: 'payload',
        label: { ru: 'Данные', uz: "Ma'lumotlar", en: 'Data' },
        type: 'json',
        required: true,
        access: fromStripeOnly,
        admin: { readOnly: true, components: { Field: '/src/admin/JsonView#JsonView' } },
      },
    ],
  }
}
