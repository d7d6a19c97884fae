import { moneyField } from '@collections/fields/money'
import type { NumberField } from 'payload'

/**
 * What the client owes now, stored so the clients list can sort and filter by it; kept by the
 * server on every order write (keepClientBalances), never taken from a caller.
 */
export const balanceField: NumberField = {
  ...moneyField({
    name: 'balance',
    label: { ru: 'Задолженность', uz: 'Qarzdorlik', en: 'Balance' },
    description: {
      ru: 'Сколько клиент должен за доставленные и выданные заказы; считает сервер.',
      uz: 'Mijozning yetkazilgan va topshirilgan buyurtmalar uchun qarzi; server hisoblaydi.',
      en: 'What the client owes for delivered and picked-up orders; kept by the server.',
    },
    readOnly: true,
    position: 'sidebar',
  }),
  defaultValue: 0,
  access: { create: () => false, update: () => false },
}
