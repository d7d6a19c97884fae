import { chargeMessage, type RefusedCharge } from '@commerce/messageCharge'
import { enqueue, enqueueAll } from '@commerce/outbox/enqueue'
import { sql } from '@payloadcms/db-postgres'
import type { Message } from 'grammy/types'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { inTransaction } from '@/shared/db/inTransaction'
import { unreadAfterClientMessage } from '@/shared/db/ruleFragments'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { staffAttention } from './signals'

/** How long the first part of an album waits for the others. */
const ALBUM_WAIT_MS = 2000

/** The client's messages of one album, in the order they were sent, and whether each is in the group yet. */
export async function albumMessages(
  payload: Payload,
  conversation: number,
  album: string,
): Promise<{ message: number; copied: boolean }[]> {
  const { rows } = await sqlDatabase(payload).execute<{ message: number; copied: boolean }>(sql`
    select client_message_id::float8 as message, group_message_id is not null as copied from support_messages
     where conversation_id = ${conversation} and album_id = ${album} and direction = 'in' order by client_message_id`)
  return rows
}

/**
 * What kind of message it is and what it says, for the stored copy and the preview. `other` is a
 * service message no person wrote (a payment, a refund, a pin, a member joining).
 */
export function describeMessage(message: Message): { kind: string; text: string } {
  const kinds = [
    'photo',
    'document',
    'voice',
    'video',
    'audio',
    'sticker',
    'location',
    'poll',
    'contact',
    'video_note',
    'animation',
    'dice',
    'story',
  ] as const
  const kind =
    message.text !== undefined ? 'text' : (kinds.find((name) => name in message) ?? 'other')
  const text = message.text ?? message.caption ?? (kind === 'text' ? '' : `[${kind}]`)
  return { kind, text }
}

/**
 * A client wrote to the bakery: the message is paid for (in a paid desk), the conversation opened
 * (or counted one more unread), the message stored, and its copy queued for the client's topic,
 * in one transaction: a crash between them cannot store a message that is never forwarded, nor
 * charge one that is not stored. A refused charge stores and forwards nothing. The copies of one
 * client go out one at a time, so the first message creates the topic and the next ones find it.
 * Returns whether the conversation was new, or why the message was refused.
 */
export async function receiveFromClient(
  payload: Payload,
  client: { id: number },
  message: Message,
): Promise<{ opened: boolean; refused?: RefusedCharge }> {
  const { kind, text } = describeMessage(message)
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    // One charge per message however often Telegram delivers it: the chat and the message id.
    const key = `support:${message.chat.id}:${message.message_id}`
    const charge = await chargeMessage(req, { client: client.id, kind, key })
    if (!charge.paid) return { opened: false, refused: charge }
    const { rows } = await (await transactionDatabase(req)).execute<{
      id: number
      opened: boolean
    }>(sql`
      insert into conversations (client_id, chat_id, status, unread_count, last_message_at, last_message_preview, updated_at, created_at)
      values (${client.id}, ${message.chat.id}, 'open', 1, now(), ${text.slice(0, 120)}, now(), now())
      on conflict (client_id) do update
         set unread_count = ${unreadAfterClientMessage},
             status = 'open', chat_id = excluded.chat_id, last_message_at = now(),
             last_message_preview = excluded.last_message_preview, updated_at = now()
      returning id, (xmax = 0) as opened`)
    const conversation = rows[0].id
    await payload.create({
      collection: 'support-messages',
      data: {
        conversation,
        direction: 'in',
        kind,
        text,
        clientMessageId: message.message_id,
        albumId: message.media_group_id ?? null,
      },
      overrideAccess: true,
      req,
    })
    // The parts of an album arrive one update each: waiting a moment lets them all be copied as one album.
    const album = message.media_group_id
    const at = album ? new Date(Date.now() + ALBUM_WAIT_MS) : undefined
    await enqueue(
      payload,
      'support.to_staff',
      {
        conversation,
        client: client.id,
        fromChat: message.chat.id,
        message: message.message_id,
        album,
        // A paid copy that is never delivered is given back (the support renderer's onDead).
        ...(charge.cost > 0 ? { charged: key } : {}),
        sequence: `support:${client.id}`,
      },
      req,
      at,
    )
    return { opened: rows[0].opened }
  })
}

/** Staff answered in a client's topic: stored, the client's messages marked read, and queued for the client, in one transaction. */
export async function receiveFromStaff(
  payload: Payload,
  conversation: { id: number; client: number },
  message: Message,
  author: number | null,
): Promise<void> {
  const { kind, text } = describeMessage(message)
  // "!" starts an internal note: kept in the conversation, never sent.
  const note = text.startsWith('!')
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    await payload.create({
      collection: 'support-messages',
      data: {
        conversation: conversation.id,
        direction: note ? 'note' : 'out',
        kind,
        text,
        author,
        groupMessageId: message.message_id,
      },
      overrideAccess: true,
      req,
    })
    if (note) return
    // afterStaffAnswer (src/domain/conversation.ts): an answer leaves nothing unread.
    const { rows } = await (await transactionDatabase(req)).execute<{ unread: number }>(sql`
      with before as (select unread_count from conversations where id = ${conversation.id})
      update conversations set unread_count = 0, last_message_at = now(), last_message_preview = ${text.slice(0, 120)}, updated_at = now()
       where id = ${conversation.id}
      returning (select unread_count from before)::int as unread`)
    // "typing…" just before the answer, and the client's messages it answers marked read.
    await enqueueAll(
      payload,
      [
        ...staffAttention(conversation, { read: (rows[0]?.unread ?? 0) > 0 }),
        {
          topic: 'support.to_client',
          body: {
            conversation: conversation.id,
            client: conversation.client,
            fromChat: message.chat.id,
            message: message.message_id,
            sequence: `client:${conversation.client}`,
          },
        },
      ],
      req,
    )
  })
}

/**
 * Which copy this is: a client's message copied into the group, or staff's to the client; and
 * whose conversation it belongs to (message ids repeat across private chats).
 */
export interface CopyOf {
  side: 'group' | 'client'
  conversationId: number
}

/** Keeps both ids of a bridged message, so an edit on one side can follow to the other. */
export async function rememberCopy(
  payload: Payload,
  { side, conversationId }: CopyOf,
  original: number,
  copy: number,
): Promise<void> {
  const db = sqlDatabase(payload)
  if (side === 'group') {
    await db.execute(sql`
      update support_messages set group_message_id = ${copy}
       where direction = 'in' and client_message_id = ${original} and conversation_id = ${conversationId}`)
  } else {
    await db.execute(sql`
      update support_messages set client_message_id = ${copy}
       where direction = 'out' and group_message_id = ${original} and conversation_id = ${conversationId}`)
  }
}

/**
 * A bridged message was edited on its side: the edit is queued for its copy on the other side,
 * after what is already queued there. Returns false for a message that was never bridged.
 */
export async function receiveEdit(
  payload: Payload,
  message: Message,
  from: 'client' | 'staff',
): Promise<boolean> {
  const db = sqlDatabase(payload)
  const { rows } =
    from === 'client'
      ? await db.execute<{ id: number; copy: number | null; client: number }>(sql`
          select m.id, m.group_message_id::float8 as copy, v.client_id as client
            from support_messages m join conversations v on v.id = m.conversation_id
           where m.direction = 'in' and m.client_message_id = ${message.message_id} and v.chat_id = ${message.chat.id} limit 1`)
      : await db.execute<{ id: number; copy: number | null; client: number }>(sql`
          select m.id, m.client_message_id::float8 as copy, v.client_id as client
            from support_messages m join conversations v on v.id = m.conversation_id
           where m.direction = 'out' and m.group_message_id = ${message.message_id}
             -- Message ids are numbered per chat: the topic says which support group's it is.
             and v.topic_id = ${message.message_thread_id ?? null} limit 1`)
  const found = rows[0]
  if (!found?.copy) return false
  const { kind, text } = describeMessage(message)
  await db.execute(sql`update support_messages set text = ${text} where id = ${found.id}`)
  await enqueue(payload, 'support.edit', {
    to: from === 'client' ? 'group' : 'client',
    client: found.client,
    message: found.copy,
    text,
    caption: kind !== 'text',
    sequence: from === 'client' ? `support:${found.client}` : `client:${found.client}`,
  })
  return true
}
