import type { CollectionConfig } from 'payload'
import { staff } from '@/shared/access/roles'
import { providerOrderRow } from '../providerRecordFields'

/**
 * Click's side of each payment: its ids, what Prepare and Complete said and where it stands. Only
 * Click's endpoints write it; the money itself is in `transactions` (provider `click`).
 */
export const clickTransactionsCollection: CollectionConfig = {
  slug: 'click-transactions',
  labels: {
    singular: { ru: 'Платёж Click', uz: "Click to'lovi", en: 'Click payment' },
    plural: { ru: 'Платежи Click', uz: "Click to'lovlari", en: 'Click payments' },
  },
  admin: {
    group: { ru: 'Платежи', uz: "To'lovlar", en: 'Payments' },
    useAsTitle: 'clickTransId',
    defaultColumns: ['clickTransId', 'orderNumber', 'amount', 'state', 'createdAt'],
  },
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'clickTransId',
          label: { ru: 'ID в Click', uz: 'Click ID', en: 'Click id' },
          type: 'text',
          required: true,
          unique: true,
          index: true,
          admin: { readOnly: true },
        },
        {
          name: 'clickPaydocId',
          label: { ru: 'Документ Click', uz: 'Click hujjati', en: 'Click paydoc id' },
          type: 'text',
          admin: { readOnly: true },
        },
      ],
    },
    providerOrderRow,
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          label: { ru: 'Состояние', uz: 'Holat', en: 'State' },
          type: 'select',
          required: true,
          index: true,
          options: [
            { value: 'prepared', label: { ru: 'Подготовлен', uz: 'Tayyorlangan', en: 'Prepared' } },
            { value: 'completed', label: { ru: 'Проведён', uz: "O'tkazilgan", en: 'Completed' } },
            { value: 'cancelled', label: { ru: 'Отменён', uz: 'Bekor qilingan', en: 'Cancelled' } },
          ],
          admin: { readOnly: true },
        },
        {
          name: 'clickError',
          label: { ru: 'Ошибка Click', uz: 'Click xatosi', en: "Click's error" },
          type: 'number',
          admin: { readOnly: true },
        },
        {
          name: 'signTime',
          label: { ru: 'Время подписи', uz: 'Imzo vaqti', en: 'Sign time' },
          type: 'text',
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'completedAt',
      label: { ru: 'Проведён в', uz: "O'tkazilgan vaqt", en: 'Completed at' },
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
