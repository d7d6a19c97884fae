import { enqueueAll, type OutboxMessage } from '@commerce/outbox/enqueue'
import type { TopicRenderer } from '@commerce/outbox/rendering'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/**
 * What the client sees while staff work on their message. Telegram tells a bot nothing of anyone
 * typing (no update carries a chat action, in private chats or in groups), so neither side's typing
 * can be relayed: staff are shown as "typing…" when they act in the client's topic (an answer, a
 * /suggest, a card's button), and the client's last message gets a 👀 reaction once staff read it.
 *
 * A reaction rather than a status line: it sits on the very message that was read, makes no sound
 * and adds nothing to the chat, and it is not a message, so it costs no slot of the chat's or the
 * bot's limits. Bots may set one since Bot API 7.0 (`setMessageReaction`); 👀 is among the emoji a
 * bot may use.
 */
export const READ_MARK = '👀'

/** "typing…" lasts about 5 seconds in Telegram: one queued longer ago is dropped, not shown late. */
const TYPING_FRESH_MS = 5000

/**
 * Staff acted on the conversation: the client sees "typing…" and, when asked, their message marked
 * read. "typing…" goes in the client's sequence, so it reaches them before the answer queued after
 * it (Telegram shows it until the next message, or 5 s); the read mark may come in any order.
 */
export function staffAttention(
  conversation: { id: number; client: number },
  { read }: { read: boolean },
): OutboxMessage[] {
  const body = { conversation: conversation.id, at: Date.now() }
  return [
    { topic: 'support.typing', body: { ...body, sequence: `client:${conversation.client}` } },
    ...(read ? [{ topic: 'support.read', body }] : []),
  ]
}

/** Queues `staffAttention`'s signals (in `req`'s transaction when given). */
export const signalStaffAttention = (
  payload: Payload,
  conversation: { id: number; client: number },
  options: { read: boolean },
  req?: PayloadRequest,
) => enqueueAll(payload, staffAttention(conversation, options), req)

interface Target {
  chatId: number
  blocked: boolean
  lastIn: number | null
}

async function target(payload: Payload, conversation: unknown): Promise<Target | null> {
  const { rows } = await sqlDatabase(payload).execute<Target>(sql`
    select v.chat_id::float8 as "chatId", c.telegram_blocked_at is not null as blocked,
           (select m.client_message_id::float8 from support_messages m
             where m.conversation_id = v.id and m.direction = 'in' and m.client_message_id is not null
             order by m.id desc limit 1) as "lastIn"
      from conversations v join clients c on c.id = v.client_id where v.id = ${Number(conversation) || 0}`)
  return rows[0] ?? null
}

const typing: TopicRenderer = async (row, { payload }) => {
  if (Date.now() - Number(row.payload.at) > TYPING_FRESH_MS) return { nothing: 'typing: too late' }
  const found = await target(payload, row.payload.conversation)
  if (!found || found.blocked) return { nothing: 'typing: nobody to show it to' }
  return { signal: { chatId: found.chatId, action: 'typing' } }
}

const read: TopicRenderer = async (row, { payload }) => {
  const found = await target(payload, row.payload.conversation)
  if (!found?.lastIn || found.blocked) return { nothing: 'read mark: no message to mark' }
  return {
    signal: { chatId: found.chatId, reaction: { messageId: found.lastIn, emoji: READ_MARK } },
  }
}

export const signalRenderers: Record<string, TopicRenderer> = {
  'support.typing': typing,
  'support.read': read,
}
