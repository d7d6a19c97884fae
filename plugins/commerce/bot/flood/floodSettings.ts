import type { Field, NumberField } from 'payload'
import { DEFAULT_FLOOD_RULE } from '@/domain/floodControl'
import type { Translated } from '@/domain/languages'

const label = {
  group: { ru: 'Защита от флуда', uz: 'Fluddan himoya', en: 'Flood protection' },
  floodLimit: { ru: 'Сообщений за окно', uz: 'Oynadagi xabarlar', en: 'Messages per window' },
  floodLimitDescription: {
    ru: 'Больше — клиента просят писать медленнее, лишние сообщения не обрабатываются.',
    uz: "Ko'prog'ida mijozdan sekinroq yozish so'raladi, ortiqcha xabarlar ko'rib chiqilmaydi.",
    en: 'Past this the client is asked to slow down and the extra messages are not handled.',
  },
  floodWindowSeconds: { ru: 'Окно, секунд', uz: 'Oyna, soniya', en: 'Window, seconds' },
  floodMuteAfter: {
    ru: 'Заглушить после, сообщений за окно',
    uz: "Oynadagi xabarlardan keyin o'chirish",
    en: 'Mute after, messages per window',
  },
  floodMuteAfterDescription: {
    ru: 'Заказы, оплаты и шаги оформления заказа проходят всегда.',
    uz: "Buyurtmalar, to'lovlar va buyurtma qadamlari doim o'tadi.",
    en: 'Orders, payments and the steps of placing an order always pass.',
  },
  floodMuteMinutes: {
    ru: 'Заглушить на, минут',
    uz: "O'chirish muddati, daqiqa",
    en: 'Mute for, minutes',
  },
} satisfies Record<string, Translated>

const whole = (
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
  min: 1,
  max: 10_000,
  admin: { step: 1, description },
})

/** The flood protection's limits (`floodVerdict` in src/domain/floodControl.ts). */
export const floodSettings: Field = {
  type: 'collapsible',
  label: label.group,
  admin: { initCollapsed: true },
  fields: [
    {
      type: 'row',
      fields: [
        whole(
          'floodLimit',
          label.floodLimit,
          DEFAULT_FLOOD_RULE.limit,
          label.floodLimitDescription,
        ),
        whole('floodWindowSeconds', label.floodWindowSeconds, DEFAULT_FLOOD_RULE.windowSeconds),
      ],
    },
    {
      type: 'row',
      fields: [
        whole(
          'floodMuteAfter',
          label.floodMuteAfter,
          DEFAULT_FLOOD_RULE.muteAfter,
          label.floodMuteAfterDescription,
        ),
        whole('floodMuteMinutes', label.floodMuteMinutes, DEFAULT_FLOOD_RULE.muteMinutes),
      ],
    },
  ],
}
