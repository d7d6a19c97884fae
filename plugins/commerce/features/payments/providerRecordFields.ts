import type { Field } from 'payload'

/** Which order a provider's own record pays, and how much: the same row on Payme's and Click's. */
export const providerOrderRow: Field = {
  type: 'row',
  fields: [
    {
      name: 'order',
      label: { ru: 'Заказ', uz: 'Buyurtma', en: 'Order' },
      type: 'relationship',
      relationTo: 'orders',
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'orderNumber',
      label: { ru: 'Номер заказа', uz: 'Buyurtma raqami', en: 'Order number' },
      type: 'number',
      required: true,
      admin: { readOnly: true },
    },
    {
      name: 'amount',
      label: { ru: 'Сумма, тийин', uz: 'Summa, tiyin', en: 'Amount, tiyin' },
      type: 'number',
      required: true,
      admin: { readOnly: true },
    },
  ],
}
