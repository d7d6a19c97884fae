import type { DateField } from 'payload'

/** Set when Telegram answers 403 for this client: nothing more is sent until they come back. */
export const telegramBlockedAtField: DateField = {
  name: 'telegramBlockedAt',
  label: 'Blocked the bot at',
  type: 'date',
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description:
      'Telegram refused our messages (the client blocked the bot). Clear it to write to them again.',
  },
}
