import type { Field } from 'payload'

/** The providers a client may choose from when paying an order online. */
export const ONLINE_PROVIDERS = ['stripe', 'payme', 'click'] as const
export type OnlineProvider = (typeof ONLINE_PROVIDERS)[number]

export const ONLINE_PROVIDER_LABELS: Record<
  OnlineProvider,
  { ru: string; uz: string; en: string }
> = {
  stripe: { ru: 'Карта (Stripe)', uz: 'Karta (Stripe)', en: 'Card (Stripe)' },
  payme: { ru: 'Payme', uz: 'Payme', en: 'Payme' },
  click: { ru: 'Click', uz: 'Click', en: 'Click' },
}

/**
 * Which providers the manager offers clients for orders. Only those also configured on the
 * server (their keys in `.env`) are shown; with more than one, the client chooses.
 */
export const paymentProvidersSetting: Field = {
  name: 'paymentProviders',
  label: {
    ru: 'Способы онлайн-оплаты заказов',
    uz: "Buyurtmalarni onlayn to'lash usullari",
    en: 'Online payment methods for orders',
  },
  type: 'select',
  hasMany: true,
  defaultValue: [...ONLINE_PROVIDERS],
  options: ONLINE_PROVIDERS.map((value) => ({ value, label: ONLINE_PROVIDER_LABELS[value] })),
  admin: {
    description: {
      ru: 'Клиент выбирает из включённых здесь и настроенных на сервере (ключи в .env).',
      uz: 'Mijoz shu yerda yoqilgan va serverda sozlanganlar (.env dagi kalitlar) orasidan tanlaydi.',
      en: 'The client chooses among those enabled here and configured on the server (keys in .env).',
    },
  },
}
