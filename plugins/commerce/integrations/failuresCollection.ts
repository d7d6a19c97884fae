import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/roles'
import { MOMENT } from '@/shared/adminDates'
import { failureActionEndpoints } from './failureActions'

const SYSTEM = { ru: 'Система', uz: 'Tizim', en: 'System' }

export const FAILURE_STATUSES = ['open', 'retried', 'dismissed'] as const

/**
 * Dead letters of every outside system: a call that failed after its last try, with what it was
 * asked to do, so staff can see it within seconds, send it again once the system is back, or
 * dismiss it once handled by hand.
 */
export function integrationFailuresCollection(): CollectionConfig {
  return {
    slug: 'integration-failures',
    labels: {
      singular: { ru: 'Сбой интеграции', uz: 'Integratsiya nosozligi', en: 'Integration failure' },
      plural: {
        ru: 'Сбои интеграций',
        uz: 'Integratsiya nosozliklari',
        en: 'Integration failures',
      },
    },
    admin: {
      group: SYSTEM,
      useAsTitle: 'call',
      defaultColumns: ['createdAt', 'integration', 'call', 'status', 'attempts', 'error'],
      description: {
        ru: 'Вызовы внешних систем, не удавшиеся после последней попытки. «Повторить» отправляет вызов снова; «Закрыть» — когда он улажен вручную.',
        uz: "Oxirgi urinishdan keyin ham bajarilmagan tashqi tizim chaqiruvlari. «Qayta yuborish» chaqiruvni yana yuboradi; «Yopish» — qo'lda hal qilinganda.",
        en: 'Calls to outside systems that failed after their last try. Retry sends the call again; Dismiss when it was handled by hand.',
      },
    },
    access: { read: staff, create: () => false, update: () => false, delete: () => false },
    endpoints: failureActionEndpoints,
    indexes: [{ fields: ['status', 'createdAt'] }],
    fields: [
      {
        name: 'integration',
        label: { ru: 'Система', uz: 'Tizim', en: 'System' },
        type: 'text',
        required: true,
        index: true,
      },
      {
        name: 'call',
        label: { ru: 'Вызов', uz: 'Chaqiruv', en: 'Call' },
        type: 'text',
        required: true,
      },
      {
        name: 'status',
        label: { ru: 'Статус', uz: 'Holat', en: 'Status' },
        type: 'select',
        required: true,
        defaultValue: 'open',
        options: [
          { value: 'open', label: { ru: 'Открыт', uz: 'Ochiq', en: 'Open' } },
          {
            value: 'retried',
            label: { ru: 'Отправлен снова', uz: 'Qayta yuborilgan', en: 'Retried' },
          },
          { value: 'dismissed', label: { ru: 'Закрыт', uz: 'Yopilgan', en: 'Dismissed' } },
        ],
      },
      {
        name: 'error',
        label: { ru: 'Ошибка', uz: 'Xato', en: 'Error' },
        type: 'textarea',
        required: true,
      },
      {
        name: 'attempts',
        label: { ru: 'Попыток', uz: 'Urinishlar', en: 'Attempts' },
        type: 'number',
      },
      {
        name: 'payload',
        label: { ru: 'Данные вызова', uz: "Chaqiruv ma'lumotlari", en: 'Call data' },
        type: 'json',
        admin: { components: { Field: '/src/admin/JsonView#JsonView' } },
      },
      {
        name: 'actions',
        type: 'ui',
        admin: {
          components: { Field: '/plugins/commerce/integrations/FailureActions#FailureActions' },
        },
      },
      {
        // The outbox message that sends the call again; absent for calls no message can repeat.
        name: 'retry',
        label: { ru: 'Повтор', uz: 'Qayta yuborish', en: 'Retry' },
        type: 'json',
        admin: { hidden: true },
      },
      {
        name: 'announcedAt',
        label: { ru: 'Сообщено сотрудникам', uz: 'Xodimlarga xabar berilgan', en: 'Announced at' },
        type: 'date',
        admin: { hidden: true },
        index: true,
      },
      {
        name: 'handledBy',
        label: { ru: 'Кем решено', uz: 'Kim hal qildi', en: 'Handled by' },
        type: 'relationship',
        relationTo: 'users',
        admin: { readOnly: true },
      },
      {
        name: 'handledAt',
        label: { ru: 'Когда решено', uz: 'Qachon hal qilindi', en: 'Handled at' },
        type: 'date',
        admin: { readOnly: true, date: MOMENT },
      },
    ],
  }
}
