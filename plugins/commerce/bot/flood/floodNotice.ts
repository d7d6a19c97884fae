import { staffChat, type TopicRenderer } from '../../outbox/rendering'
import { textsIn } from '../i18n'

/** Staff are told in the staff chat that a client was muted for flooding, once per mute. */
export const floodMutedNotice: TopicRenderer = async (row, context) => {
  const chat = await staffChat(context)
  if ('skip' in chat) return chat
  const { who, count, seconds, minutes } = row.payload as Record<string, string | number>
  const t = textsIn(chat.settings.staffLanguage)
  return {
    chatId: chat.chatId,
    text: t('flood-staff-muted', { who, count, seconds, minutes }),
  }
}
