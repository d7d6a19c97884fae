import type { Translated } from '@/domain/languages'

/** What the admin calls the credits' collections and fields, in every language. */
export const labels = {
  group: { ru: 'Кредиты', uz: 'Kreditlar', en: 'Credits' },
  wallet: { ru: 'Кошелёк', uz: 'Hamyon', en: 'Wallet' },
  wallets: { ru: 'Кошельки', uz: 'Hamyonlar', en: 'Wallets' },
  entry: { ru: 'Проводка', uz: 'Yozuv', en: 'Ledger entry' },
  entries: { ru: 'Журнал кредитов', uz: 'Kreditlar jurnali', en: 'Ledger' },
  package: { ru: 'Пакет кредитов', uz: 'Kredit paketi', en: 'Credit package' },
  packages: { ru: 'Пакеты кредитов', uz: 'Kredit paketlari', en: 'Credit packages' },
  pass: { ru: 'Абонемент', uz: 'Abonement', en: 'Pass' },
  passes: { ru: 'Абонементы', uz: 'Abonementlar', en: 'Passes' },
  premium: { ru: 'Премиум-материал', uz: 'Premium material', en: 'Premium content' },
  premiums: { ru: 'Премиум-материалы', uz: 'Premium materiallar', en: 'Premium content' },
  unlock: { ru: 'Открытый материал', uz: 'Ochilgan material', en: 'Unlock' },
  unlocks: { ru: 'Открытые материалы', uz: 'Ochilgan materiallar', en: 'Unlocks' },
  client: { ru: 'Клиент', uz: 'Mijoz', en: 'Client' },
  balance: { ru: 'Баланс, кредитов', uz: 'Balans, kredit', en: 'Balance, credits' },
  passUntil: { ru: 'Абонемент до', uz: 'Abonement muddati', en: 'Pass until' },
  autoRecharge: { ru: 'Автопополнение', uz: "Avto to'ldirish", en: 'Auto-recharge' },
  autoRechargeDescription: {
    ru: 'Пакет, который покупается сам, когда баланс ниже порога (картой).',
    uz: "Balans chegaradan pastga tushganda o'zi sotib olinadigan paket (karta bilan).",
    en: 'The package bought by itself when the balance falls below the threshold (by card).',
  },
  passWarnedFor: {
    ru: 'Предупреждён об окончании абонемента',
    uz: 'Abonement tugashi haqida ogohlantirilgan',
    en: 'Warned of the pass ending at',
  },
  autoRechargeFailures: {
    ru: 'Неудачных автопополнений подряд',
    uz: "Ketma-ket muvaffaqiyatsiz avto to'ldirishlar",
    en: 'Failed auto-recharges in a row',
  },
  stripeCustomer: { ru: 'Клиент в Stripe', uz: 'Stripe mijozi', en: 'Stripe customer' },
  kind: { ru: 'Вид', uz: 'Turi', en: 'Kind' },
  amount: { ru: 'Кредитов', uz: 'Kredit', en: 'Credits' },
  amountDescription: {
    ru: 'Плюс начисляет, минус списывает; баланс не уходит ниже нуля.',
    uz: "Musbat qo'shadi, manfiy ayiradi; balans noldan pastga tushmaydi.",
    en: 'Plus gives, minus takes; a balance never goes below zero.',
  },
  balanceAfter: { ru: 'Баланс после', uz: 'Keyingi balans', en: 'Balance after' },
  source: { ru: 'Источник', uz: 'Manba', en: 'Source' },
  reason: { ru: 'Причина', uz: 'Sabab', en: 'Reason' },
  key: { ru: 'Ключ идемпотентности', uz: 'Idempotentlik kaliti', en: 'Idempotency key' },
  transaction: { ru: 'Операция', uz: 'Tranzaksiya', en: 'Transaction' },
  actor: { ru: 'Кто', uz: 'Kim', en: 'By' },
  messageKind: { ru: 'Вид сообщения', uz: 'Xabar turi', en: 'Message kind' },
  name: { ru: 'Название', uz: 'Nomi', en: 'Name' },
  credits: { ru: 'Кредитов', uz: 'Kredit', en: 'Credits' },
  bonus: { ru: 'Бонус, кредитов', uz: 'Bonus, kredit', en: 'Bonus credits' },
  priceStars: { ru: 'Цена, звёзд ⭐', uz: 'Narxi, yulduz ⭐', en: 'Price, Stars ⭐' },
  priceCard: { ru: 'Цена картой', uz: 'Karta bilan narxi', en: 'Card price' },
  priceCardDescription: {
    ru: 'Только если оплата картой цифровых товаров включена в настройках.',
    uz: "Faqat sozlamalarda raqamli tovarlar uchun karta to'lovi yoqilgan bo'lsa.",
    en: 'Only when card payment for digital goods is on in the settings.',
  },
  active: { ru: 'В продаже', uz: 'Sotuvda', en: 'On sale' },
  hours: { ru: 'Часов', uz: 'Soat', en: 'Hours' },
  title: { ru: 'Заголовок', uz: 'Sarlavha', en: 'Title' },
  description: { ru: 'Описание', uz: 'Tavsif', en: 'Description' },
  file: { ru: 'Файл', uz: 'Fayl', en: 'File' },
  content: { ru: 'Материал', uz: 'Material', en: 'Content' },
} satisfies Record<string, Translated>

export const ENTRY_KINDS = [
  'purchase',
  'spend',
  'grant',
  'take',
  'refund',
  'pass',
  'expiry',
] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

export const ENTRY_KIND_LABELS: Record<EntryKind, Translated> = {
  purchase: { ru: 'Покупка', uz: 'Xarid', en: 'Purchase' },
  spend: { ru: 'Списание за сообщение', uz: 'Xabar uchun', en: 'Spent on a message' },
  grant: { ru: 'Начислено сотрудником', uz: 'Xodim qo‘shdi', en: 'Granted by staff' },
  take: { ru: 'Списано сотрудником', uz: 'Xodim ayirdi', en: 'Taken by staff' },
  refund: { ru: 'Возврат покупки', uz: 'Xaridni qaytarish', en: 'Purchase refunded' },
  pass: { ru: 'Абонемент', uz: 'Abonement', en: 'Pass' },
  expiry: { ru: 'Абонемент закончился', uz: 'Abonement tugadi', en: 'Pass ended' },
}

export const ENTRY_SOURCES = ['telegram_stars', 'stripe', 'staff', 'support', 'system'] as const
export type EntrySource = (typeof ENTRY_SOURCES)[number]

export const ENTRY_SOURCE_LABELS: Record<EntrySource, Translated> = {
  telegram_stars: { ru: 'Telegram Stars', uz: 'Telegram Stars', en: 'Telegram Stars' },
  stripe: { ru: 'Карта (Stripe)', uz: 'Karta (Stripe)', en: 'Card (Stripe)' },
  staff: { ru: 'Сотрудник', uz: 'Xodim', en: 'Staff' },
  support: { ru: 'Поддержка', uz: "Qo'llab-quvvatlash", en: 'Support' },
  system: { ru: 'Система', uz: 'Tizim', en: 'System' },
}
