import type { DateField } from 'payload'

import { MOMENT } from '@/shared/adminDates'

/** Set when Telegram answers 403 for this client: nothing more is sent until they come back. */
export const telegramBlockedAtField: DateField = {
  name: 'telegramBlockedAt',
  label: { ru: 'Заблокировал бота', uz: 'Botni bloklagan vaqt', en: 'Blocked the bot at' },
  type: 'date',
  admin: {
    position: 'sidebar',
    date: MOMENT,
    description: {
      ru: 'Telegram не принимает наши сообщения (клиент заблокировал бота). Очистите поле, чтобы снова писать клиенту.',
      uz: 'Telegram xabarlarimizni qabul qilmadi (mijoz botni bloklagan). Mijozga yana yozish uchun maydonni tozalang.',
      en: 'Telegram refused our messages (the client blocked the bot). Clear it to write to them again.',
    },
  },
}
