import type { CollectionConfig } from 'payload'

import { MOMENT } from '@/shared/adminDates'

/**
 * One row per scheduled run, such as `morning-report:2026-11-23`. Taking the key is what lets a
 * run happen: the unique index makes two servers on one database agree on who does it.
 */
export function runKeysCollection(): CollectionConfig {
  return {
    slug: 'run-keys',
    labels: {
      singular: { ru: 'Запуск по расписанию', uz: 'Rejali ishga tushirish', en: 'Scheduled run' },
      plural: {
        ru: 'Запуски по расписанию',
        uz: 'Rejali ishga tushirishlar',
        en: 'Scheduled runs',
      },
    },
    admin: {
      group: { ru: 'Система', uz: 'Tizim', en: 'System' },
      useAsTitle: 'key',
      defaultColumns: ['key', 'leaseUntil', 'completedAt', 'result'],
      description: {
        ru: 'Каждый запуск задачи по расписанию; берётся один раз на все серверы.',
        uz: "Har bir rejali vazifa ishga tushishi; barcha serverlar bo'yicha bir marta olinadi.",
        en: 'Each scheduled job run, taken once across all servers.',
      },
    },
    access: {
      read: ({ req }) => Boolean(req.user),
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
        name: 'leaseUntil',
        label: { ru: 'Занято до', uz: 'Band qilingan muddat', en: 'Lease until' },
        type: 'date',
        required: true,
        admin: {
          description: {
            ru: 'Если запуск не завершён к этому времени, его может взять другой сервер.',
            uz: "Shu vaqtgacha tugamagan ishni boshqa server o'z zimmasiga olishi mumkin.",
            en: 'A run not completed by then may be taken over by another server.',
          },
          date: MOMENT,
        },
      },
      {
        name: 'completedAt',
        label: { ru: 'Завершён', uz: 'Tugallangan vaqt', en: 'Completed at' },
        type: 'date',
        admin: { date: MOMENT },
      },
      { name: 'result', label: { ru: 'Результат', uz: 'Natija', en: 'Result' }, type: 'text' },
    ],
  }
}
