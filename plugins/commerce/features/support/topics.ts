import { sql } from '@payloadcms/db-postgres'
import type { Api } from 'grammy'
import { GrammyError } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import type { Payload } from 'payload'

import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { supportHealth } from './supportHealth'

export interface TopicRequest {
  conversationId: number
  /** The topic's title: "Vostok Cafe · Dilshod (#17)". */
  name: string
  /** Posted and pinned when the topic is made: who the client is, with its buttons. */
  card: string
  buttons?: InlineKeyboardMarkup
  /** Whether the topic existed when the message was prepared; making one posts the card first. */
  exists: boolean
}

/**
 * The client's topic in the support group, made on first use with its pinned card. Callers for
 * one client go one at a time (the outbox's sequence), so a topic is made once.
 */
export async function ensureTopic(
  api: Api,
  payload: Payload,
  groupId: number,
  topic: TopicRequest,
): Promise<number> {
  const db = sqlDatabase(payload)
  const { rows } = await db.execute<{ topicId: number | null }>(
    sql`select topic_id::float8 as "topicId" from conversations where id = ${topic.conversationId}`,
  )
  if (rows[0]?.topicId) return Number(rows[0].topicId)
  const created = await api
    .createForumTopic(groupId, topic.name.slice(0, 128))
    .catch((error: unknown) => {
      if (error instanceof GrammyError && /rights|not enough|forum/i.test(error.description)) {
        const reason = `the bot cannot create topics in the support group ${groupId} (${error.description}); make the group a forum and give the bot "Manage topics"`
        payload.logger.error(`support: ${reason}`)
        supportHealth.failed(reason)
      }
      throw error
    })
  supportHealth.ok()
  const thread = created.message_thread_id
  const card = await api
    .sendMessage(groupId, topic.card, { message_thread_id: thread, reply_markup: topic.buttons })
    .catch(async (error: unknown) => {
      // A topic without its card would never say who the client is: it goes, and the retry makes both.
      await api.deleteForumTopic(groupId, thread).catch(() => {})
      throw error
    })
  // Kept only while the group is still the support group: one changed meanwhile forgot its topics.
  await db.execute(sql`
    update conversations set topic_id = ${thread}, updated_at = now()
     where id = ${topic.conversationId}
       and exists (select 1 from settings where support_group_id = ${groupId})`)
  // Pinning is a courtesy: without the right to pin, the card is still the topic's first message.
  await api
    .pinChatMessage(groupId, card.message_id, { disable_notification: true })
    .catch((error: unknown) => {
      payload.logger.warn({ err: error }, 'support: could not pin the client card')
    })
  return thread
}

/** A topic staff deleted: forgotten, so the next message makes a new one. */
export async function forgetTopic(payload: Payload, conversationId: number): Promise<void> {
  await sqlDatabase(payload).execute(
    sql`update conversations set topic_id = null, updated_at = now() where id = ${conversationId}`,
  )
}

export const isTopicGone = (error: unknown) =>
  error instanceof GrammyError &&
  /thread not found|topic.*(deleted|closed|not found)/i.test(error.description)
