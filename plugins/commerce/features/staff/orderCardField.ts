import type { GroupField } from 'payload'

/** Where the order's card sits in the staff chat, so a status change edits it instead of posting anew. */
export const staffCardField: GroupField = {
  name: 'staffCard',
  type: 'group',
  admin: { hidden: true },
  fields: [
    { name: 'chatId', type: 'number' },
    { name: 'messageId', type: 'number' },
  ],
}
