import { sql } from '@payloadcms/db-postgres'
import type { Message } from 'grammy/types'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/** A client's conversation, found by the topic of the support group it is told in. */
export interface TopicConversation {
  id: number
  client: number
  thread: number
}

/**
 * The conversation whose topic of today's support group a message was written in; null outside
 * one. Thread ids are numbered per group, so a topic id means something only in the group that
 * is set now: changing the group forgets every topic (`forgetTopicsOfFormerGroup`). Should a
 * database from before that rule hold the same id twice, the newest conversation has it.
 */
export async function supportTopicOf(
  payload: Payload,
  message: Pick<Message, 'chat' | 'is_topic_message' | 'message_thread_id'>,
): Promise<TopicConversation | null> {
  const thread = message.is_topic_message ? message.message_thread_id : undefined
  if (!thread || message.chat.type === 'private') return null
  const { rows } = await sqlDatabase(payload).execute<{ id: number; client: number }>(sql`
    select v.id, v.client_id as client
      from settings s join conversations v on v.topic_id = ${thread}
     where s.support_group_id = ${message.chat.id}
     order by v.id desc limit 1`)
  return rows[0] ? { ...rows[0], thread } : null
}
