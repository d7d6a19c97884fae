import type { Translated } from '@/domain/languages'

/** What the admin shows for money movements, in every language. */
export const labels = {
  singular: { ru: 'Операция', uz: 'Tranzaksiya', en: 'Transaction' },
  plural: { ru: 'Операции', uz: 'Tranzaksiyalar', en: 'Transactions' },
  group: { ru: 'Платежи', uz: "To'lovlar", en: 'Payments' },
  order: { ru: 'Заказ', uz: 'Buyurtma', en: 'Order' },
  client: { ru: 'Клиент', uz: 'Mijoz', en: 'Client' },
  provider: { ru: 'Способ', uz: 'Usul', en: 'Provider' },
  kind: { ru: 'Вид', uz: 'Turi', en: 'Kind' },
  status: { ru: 'Статус', uz: 'Holati', en: 'Status' },
  amount: { ru: 'Сумма', uz: 'Summa', en: 'Amount' },
  currency: { ru: 'Валюта', uz: 'Valyuta', en: 'Currency' },
  externalId: { ru: 'Внешний ID', uz: 'Tashqi ID', en: 'External ID' },
  externalIdDescription: {
    ru: 'ID операции у провайдера; у каждого провайдера свой.',
    uz: 'Provayderdagi tranzaksiya ID si; har bir provayderda yagona.',
    en: "The provider's id; unique per provider.",
  },
  reference: { ru: 'Номер документа', uz: 'Hujjat raqami', en: 'Reference' },
  referenceDescription: {
    ru: 'Номер платёжного поручения или квитанции; для Stripe — PaymentIntent.',
    uz: "To'lov topshiriqnomasi yoki kvitansiya raqami; Stripe uchun — PaymentIntent.",
    en: 'The bank transfer or receipt reference; for Stripe, the PaymentIntent.',
  },
  recordedBy: { ru: 'Кто записал', uz: 'Kim qayd etgan', en: 'Recorded by' },
  note: { ru: 'Примечание', uz: 'Izoh', en: 'Note' },
  noteDescription: {
    ru: 'Почему: причина возврата, пометка к платежу.',
    uz: "Nima uchun: qaytarish sababi, to'lov haqida izoh.",
    en: 'Why: the reason of a refund, a remark on a payment.',
  },
  raw: { ru: 'Данные провайдера', uz: "Provayder ma'lumotlari", en: 'Provider data' },
} satisfies Record<string, Translated>
