import type { Translated } from './languages'
import type { TransactionStatus } from './transactionMoves'

/** How money moved: a card through Stripe, Telegram Stars, or money staff received themselves. */
export const TRANSACTION_PROVIDERS = [
  'stripe',
  'telegram_stars',
  'cash',
  'bank_transfer',
  'payme',
  'click',
] as const
export type TransactionProvider = (typeof TRANSACTION_PROVIDERS)[number]

export const TRANSACTION_KINDS = ['payment', 'refund', 'credit_purchase', 'adjustment'] as const
export type TransactionKind = (typeof TRANSACTION_KINDS)[number]

export const TRANSACTION_STATUSES: readonly TransactionStatus[] = [
  'pending',
  'succeeded',
  'failed',
  'refunded',
  'disputed',
]

export const PROVIDER_LABELS: Record<TransactionProvider, Translated> = {
  stripe: { ru: 'Карта (Stripe)', uz: 'Karta (Stripe)', en: 'Card (Stripe)' },
  telegram_stars: { ru: 'Telegram Stars', uz: 'Telegram Stars', en: 'Telegram Stars' },
  cash: { ru: 'Наличные', uz: 'Naqd pul', en: 'Cash' },
  bank_transfer: { ru: 'Банковский перевод', uz: "Bank o'tkazmasi", en: 'Bank transfer' },
  payme: { ru: 'Payme', uz: 'Payme', en: 'Payme' },
  click: { ru: 'Click', uz: 'Click', en: 'Click' },
}

export const TRANSACTION_KIND_LABELS: Record<TransactionKind, Translated> = {
  payment: { ru: 'Оплата', uz: "To'lov", en: 'Payment' },
  refund: { ru: 'Возврат', uz: 'Qaytarish', en: 'Refund' },
  credit_purchase: { ru: 'Покупка кредитов', uz: 'Kredit xaridi', en: 'Credit purchase' },
  adjustment: { ru: 'Корректировка', uz: 'Tuzatish', en: 'Adjustment' },
}

export const TRANSACTION_STATUS_LABELS: Record<TransactionStatus, Translated> = {
  pending: { ru: 'Ожидает', uz: 'Kutilmoqda', en: 'Pending' },
  succeeded: { ru: 'Проведена', uz: 'Muvaffaqiyatli', en: 'Succeeded' },
  failed: { ru: 'Не прошла', uz: 'Muvaffaqiyatsiz', en: 'Failed' },
  refunded: { ru: 'Возвращена', uz: 'Qaytarilgan', en: 'Refunded' },
  disputed: { ru: 'Оспорена', uz: "E'tiroz qilingan", en: 'Disputed' },
}
