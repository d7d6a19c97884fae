import type { Translated } from '@/domain/languages'

/** What the admin shows for support conversations, in every language. */
export const labels = {
  singular: { ru: 'Переписка', uz: 'Yozishma', en: 'Conversation' },
  plural: { ru: 'Переписки', uz: 'Yozishmalar', en: 'Conversations' },
  group: { ru: 'Поддержка', uz: "Qo'llab-quvvatlash", en: 'Support' },
  client: { ru: 'Клиент', uz: 'Mijoz', en: 'Client' },
  assignedTo: { ru: 'Ответственный', uz: "Mas'ul xodim", en: 'Assigned to' },
  chatId: { ru: 'ID чата', uz: 'Chat ID', en: 'Chat ID' },
  topicId: { ru: 'ID темы', uz: 'Mavzu ID', en: 'Topic ID' },
  topicIdDescription: {
    ru: 'message_thread_id темы форума в группе поддержки.',
    uz: "Qo'llab-quvvatlash guruhidagi forum mavzusining message_thread_id qiymati.",
    en: "The forum topic's message_thread_id in the support group.",
  },
  status: { ru: 'Статус', uz: 'Holati', en: 'Status' },
  open: { ru: 'Открыта', uz: 'Ochiq', en: 'Open' },
  closed: { ru: 'Закрыта', uz: 'Yopiq', en: 'Closed' },
  unreadCount: { ru: 'Непрочитанные', uz: "O'qilmagan", en: 'Unread' },
  lastMessageAt: { ru: 'Последнее сообщение', uz: 'Oxirgi xabar vaqti', en: 'Last message at' },
  lastMessagePreview: { ru: 'Текст последнего сообщения', uz: 'Oxirgi xabar', en: 'Last message' },
} satisfies Record<string, Translated>
