import type { Conversation } from '@payload-types'
import type { CollectionBeforeChangeHook } from 'payload'

import { withStatus } from '@/domain/conversation'

/** Closing or reopening from the admin and from Telegram's buttons goes through the same rule. */
export const applyConversationRules: CollectionBeforeChangeHook<Conversation> = ({
  data,
  originalDoc,
}) => {
  if (!originalDoc || !data.status || data.status === originalDoc.status) return data
  const current = {
    status: originalDoc.status ?? 'open',
    unreadCount: data.unreadCount ?? originalDoc.unreadCount ?? 0,
  }
  return { ...data, ...withStatus(current, data.status) }
}
