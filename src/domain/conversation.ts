/** A support conversation's state as the rules below move it, from Telegram or from the admin. */
export interface ConversationState {
  status: 'open' | 'closed'
  unreadCount: number
}

/** A client wrote: a closed conversation opens again with only this message unread; an open one counts one more. */
export function afterClientMessage(conversation: ConversationState | null): ConversationState {
  if (!conversation || conversation.status === 'closed') return { status: 'open', unreadCount: 1 }
  return { status: 'open', unreadCount: conversation.unreadCount + 1 }
}

/** Staff answered: the client's messages are read. */
export function afterStaffAnswer(conversation: ConversationState): ConversationState {
  return { ...conversation, unreadCount: 0 }
}

/** Staff set the status: nobody is left waiting on a closed conversation, so nothing in it is unread. */
export function withStatus(
  conversation: ConversationState,
  status: ConversationState['status'],
): ConversationState {
  return status === 'closed' ? { status, unreadCount: 0 } : { ...conversation, status }
}
