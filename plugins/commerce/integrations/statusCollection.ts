import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/roles'
import { MOMENT } from '@/shared/adminDates'

const SYSTEM = { ru: 'Система', uz: 'Tizim', en: 'System' }

/**
 * One row per outside system (warehouse, courier…): when it last answered as its contract says and
 * how many calls in a row it has failed since. Kept in the database so every server reports the same.
 */
export function integrationStatusCollection(): CollectionConfig {
  return {
    slug: 'integration-status',
    labels: {
      singular: { ru: 'Состояние интеграции', uz: 'Integratsiya holati', en: 'Integration status' },
      plural: {
        ru: 'Состояние интеграций',
        uz: 'Integratsiyalar holati',
        en: 'Integration status',
      },
    },
    admin: {
      group: SYSTEM,
      useAsTitle: 'integration',
      defaultColumns: ['integration', 'lastSuccessAt', 'failuresInRow', 'lastError'],
    },
    access: { read: staff, create: () => false, update: () => false, delete: () => false },
    fields: [
      {
        name: 'integration',
        label: { ru: 'Интеграция', uz: 'Integratsiya', en: 'Integration' },
        type: 'text',
        required: true,
        unique: true,
      },
      {
        name: 'lastSuccessAt',
        label: { ru: 'Последний успех', uz: 'Oxirgi muvaffaqiyat', en: 'Last success' },
        type: 'date',
        admin: { date: MOMENT },
      },
      {
        name: 'lastFailureAt',
        label: { ru: 'Последний сбой', uz: 'Oxirgi nosozlik', en: 'Last failure' },
        type: 'date',
        admin: { date: MOMENT },
      },
      {
        name: 'failuresInRow',
        label: { ru: 'Сбоев подряд', uz: 'Ketma-ket nosozliklar', en: 'Failures in a row' },
        type: 'number',
        defaultValue: 0,
      },
      {
        name: 'lastError',
        label: { ru: 'Последняя ошибка', uz: 'Oxirgi xato', en: 'Last error' },
        type: 'textarea',
      },
    ],
  }
}
