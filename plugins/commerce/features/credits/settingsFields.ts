import type { Field, NumberField } from 'payload'
import type { Translated } from '@/domain/languages'

const label = {
  tab: { ru: 'Платная поддержка', uz: "Pullik qo'llab-quvvatlash", en: 'Paid support' },
  paidSupport: { ru: 'Платная поддержка', uz: "Pullik qo'llab-quvvatlash", en: 'Paid support' },
  paidSupportDescription: {
    ru: 'Каждое сообщение клиента в поддержку стоит кредитов, пока у него нет абонемента.',
    uz: "Mijozning har bir xabari abonementi bo'lmasa, kredit turadi.",
    en: 'Each client message to support costs credits unless they hold a pass.',
  },
  costText: { ru: 'Текст, кредитов', uz: 'Matn, kredit', en: 'Text, credits' },
  costPhoto: { ru: 'Фото, кредитов', uz: 'Rasm, kredit', en: 'Photo, credits' },
  costVoice: { ru: 'Голосовое, кредитов', uz: 'Ovozli, kredit', en: 'Voice, credits' },
  costOther: { ru: 'Другое, кредитов', uz: 'Boshqa, kredit', en: 'Other, credits' },
  lowBalanceThreshold: {
    ru: 'Порог низкого баланса',
    uz: 'Past balans chegarasi',
    en: 'Low-balance threshold',
  },
  lowBalanceDescription: {
    ru: 'Ниже него клиента предупреждают один раз, и срабатывает автопополнение.',
    uz: "Undan pastda mijoz bir marta ogohlantiriladi va avto to'ldirish ishlaydi.",
    en: 'Below it the client is warned once, and auto-recharge buys.',
  },
  digitalGoodsByCard: {
    ru: 'Цифровые товары картой',
    uz: 'Raqamli tovarlar karta bilan',
    en: 'Digital goods by card',
  },
  digitalGoodsByCardDescription: {
    ru: 'Внутри Telegram цифровые товары продаются за звёзды; карту включайте, только если услуга оплачивается вне правил Telegram.',
    uz: "Telegram ichida raqamli tovarlar yulduzlarga sotiladi; kartani faqat xizmat Telegram qoidalaridan tashqarida to'lansa yoqing.",
    en: "Inside Telegram digital goods are sold in Stars; turn cards on only where the service is billed outside Telegram's in-app rules.",
  },
} satisfies Record<string, Translated>

const credits = (
  name: string,
  title: Translated,
  defaultValue: number,
  description?: Translated,
): NumberField => ({
  name,
  label: title,
  type: 'number',
  required: true,
  defaultValue,
  min: 0,
  max: 100_000,
  admin: { step: 1, description },
})

/** The paid mode of the support desk: what messages cost, when to warn, and how digital goods are paid. */
export const paidSupportSettings: Field = {
  type: 'collapsible',
  label: label.tab,
  admin: { initCollapsed: true },
  fields: [
    {
      name: 'paidSupport',
      label: label.paidSupport,
      type: 'checkbox',
      defaultValue: false,
      admin: { description: label.paidSupportDescription },
    },
    {
      type: 'row',
      fields: [
        credits('costText', label.costText, 1),
        credits('costPhoto', label.costPhoto, 2),
        credits('costVoice', label.costVoice, 3),
        credits('costOther', label.costOther, 2),
      ],
    },
    credits('lowBalanceThreshold', label.lowBalanceThreshold, 5, label.lowBalanceDescription),
    {
      name: 'digitalGoodsByCard',
      label: label.digitalGoodsByCard,
      type: 'checkbox',
      defaultValue: false,
      admin: { description: label.digitalGoodsByCardDescription },
    },
  ],
}
