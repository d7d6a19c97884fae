import type { GroupField } from 'payload'

/** Where the order's card sits in the staff chat, so a status change edits it instead of posting anew. */
export const staffCardField: GroupField = {
  name: 'staffCard',
  label: {
    ru: 'Карточка в чате сотрудников',
    uz: 'Xodimlar chatidagi kartochka',
    en: 'Staff card',
  },
  type: 'group',
  admin: { hidden: true },
  fields: [
    { name: 'chatId', label: { ru: 'ID чата', uz: 'Chat ID', en: 'Chat ID' }, type: 'number' },
    {
      name: 'messageId',
      label: { ru: 'ID сообщения', uz: 'Xabar ID', en: 'Message ID' },
      type: 'number',
    },
  ],
}
