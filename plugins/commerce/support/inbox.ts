import type { Message } from 'grammy/types'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { sqlDatabase } from '../../../src/db/sqlDatabase'
import { enqueue } from '../outbox/enqueue'

/** What kind of message it is and what it says, for the stored copy and the preview. */
export function describeMessage(message: Message): { kind: string; text: string } {
  const kinds = ['photo', 'document', 'voice', 'video', 'audio', 'sticker', 'location', 'poll', 'contact', 'video_note', 'animation'] as const
  const kind = message.text !== undefined ? 'text' : (kinds.find((name) => name in message) ?? 'other')
  const text = message.text ?? message.caption ?? (kind === 'text' ? '' : `[${kind}]`)
  return { kind, text }
}

/**
 * A client wrote to the bakery: the conversation is opened (or counted one more unread), the
 * message stored, and its copy queued for the client's topic. The copies of one client go out
 * one at a time, so the first message creates the topic and the next ones find it.
 * Returns whether the conversation was new.
 */
export async function receiveFromClient(payload: Payload, client: { id: number }, message: Message): Promise<{ opened: boolean }> {
  const { kind, text } = describeMessage(message)
  const { rows } = await sqlDatabase(payload).execute<{ id: number; opened: boolean }>(sql`
    insert into conversations (client_id, chat_id, status, unread_count, last_message_at, last_message_preview, updated_at, created_at)
    values (${client.id}, ${message.chat.id}, 'open', 1, now(), ${text.slice(0, 120)}, now(), now())
    on conflict (client_id) do update
       set unread_count = case when conversations.status = 'closed' then 1 else conversations.unread_count + 1 end,
           status = 'open', chat_id = excluded.chat_id, last_message_at = now(),
           last_message_preview = excluded.last_message_preview, updated_at = now()
    returning id, (xmax = 0) as opened`)
  const conversation = rows[0].id
  await payload.create({
    collection: 'support-messages',
    data: { conversation, direction: 'in', kind, text, clientMessageId: message.message_id },
    overrideAccess: true,
  })
  await enqueue(payload, 'support.to_staff', { conversation, client: client.id, fromChat: message.chat.id, message: message.message_id, sequence: `support:${client.id}` })
  return { opened: rows[0].opened }
}

/** Staff answered in a client's topic: stored, and queued for the client after what is already queued for them. */
export async function receiveFromStaff(
  payload: Payload,
  conversation: { id: number; client: number },
  message: Message,
  author: number | null,
): Promise<void> {
  const { kind, text } = describeMessage(message)
  // "!" starts an internal note: kept in the conversation, never sent.
  const note = text.startsWith('!')
  await payload.create({
    collection: 'support-messages',
    data: { conversation: conversation.id, direction: note ? 'note' : 'out', kind, text, author, groupMessageId: message.message_id },
    overrideAccess: true,
  })
  if (note) return
  await sqlDatabase(payload).execute(sql`
    update conversations set unread_count = 0, last_message_at = now(), last_message_preview = ${text.slice(0, 120)}, updated_at = now()
     where id = ${conversation.id}`)
  await enqueue(payload, 'support.to_client', { conversation: conversation.id, client: conversation.client, fromChat: message.chat.id, message: message.message_id, sequence: `client:${conversation.client}` })
}

/** The conversation behind a topic of the support group, if any. */
export async function conversationOfTopic(payload: Payload, topicId: number): Promise<{ id: number; client: number } | null> {
  const { rows } = await sqlDatabase(payload).execute<{ id: number; client: number }>(sql`
    select id, client_id as client from conversations where topic_id = ${topicId} limit 1`)
  return rows[0] ?? null
}
