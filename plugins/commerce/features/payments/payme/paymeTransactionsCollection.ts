import type { CollectionConfig, Field } from 'payload'
import { PAYME_REASONS } from '@/domain/payme'
import { staff } from '@/shared/access/roles'
import { providerOrderRow } from '../providerRecordFields'

const ms = (name: string, label: { ru: string; uz: string; en: string }): Field => ({
  name,
  label,
  type: 'number',
  admin: { readOnly: true, description: { ru: 'мс', uz: 'ms', en: 'ms' } },
})

/**
 * Payme's protocol record of each of its transactions (its id, times, state and reason), kept
 * as Payme's test suite and statements expect them back. Only the protocol endpoint writes it; the
 * money itself is in `transactions` (provider `payme`), from which the order's status is derived.
 */
export const paymeTransactionsCollection: CollectionConfig = {
  slug: 'payme-transactions',
  labels: {
    singular: { ru: 'Транзакция Payme', uz: 'Payme tranzaksiyasi', en: 'Payme transaction' },
    plural: { ru: 'Транзакции Payme', uz: 'Payme tranzaksiyalari', en: 'Payme transactions' },
  },
  admin: {
    group: { ru: 'Платежи', uz: "To'lovlar", en: 'Payments' },
    useAsTitle: 'paymeId',
    defaultColumns: ['paymeId', 'orderNumber', 'amount', 'state', 'reason', 'createdAt'],
  },
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'paymeId',
      label: { ru: 'ID в Payme', uz: 'Payme ID', en: 'Payme id' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    providerOrderRow,
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          label: { ru: 'Состояние', uz: 'Holat', en: 'State' },
          type: 'number',
          required: true,
          index: true,
          admin: {
            readOnly: true,
            description: {
              ru: '1 создана, 2 проведена, -1 отменена, -2 отменена после проведения',
              uz: "1 yaratilgan, 2 o'tkazilgan, -1 bekor qilingan, -2 o'tkazilgandan keyin bekor qilingan",
              en: '1 created, 2 performed, -1 cancelled, -2 cancelled after perform',
            },
          },
        },
        {
          name: 'reason',
          label: { ru: 'Причина отмены', uz: 'Bekor qilish sababi', en: 'Cancel reason' },
          type: 'number',
          admin: { readOnly: true },
          validate: (value: number | null | undefined) =>
            value == null || PAYME_REASONS.includes(value) || `unknown reason ${value}`,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        ms('paymeTime', { ru: 'Время Payme', uz: 'Payme vaqti', en: "Payme's time" }),
        ms('createTime', { ru: 'Создана', uz: 'Yaratilgan', en: 'Created' }),
        ms('performTime', { ru: 'Проведена', uz: "O'tkazilgan", en: 'Performed' }),
        ms('cancelTime', { ru: 'Отменена', uz: 'Bekor qilingan', en: 'Cancelled' }),
      ],
    },
  ],
}
