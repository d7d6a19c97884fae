import type { BotContext } from '@commerce/bot/context'
import { supportTopicOf } from '@commerce/bot/supportTopic'
import type { Conversation } from '@payload-types'

/**
 * The conversation whose topic of the support group this message was written in, as the staff
 * member may see it; `outside` when the message is not in one of the group's topics.
 */
export async function conversationOfThisTopic(
  ctx: BotContext,
): Promise<{ conversation: Conversation | null; thread: number } | 'outside'> {
  const message = ctx.message
  if (!message?.is_topic_message || !message.message_thread_id) return 'outside'
  const settings = await ctx.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
  })
  if (!settings.supportGroupId || message.chat.id !== settings.supportGroupId) return 'outside'
  const topic = await supportTopicOf(ctx.payload, message)
  const conversation = topic
    ? await ctx.payload.findByID({
        collection: 'conversations',
        id: topic.id,
        depth: 0,
        joins: false,
        user: ctx.staff,
        overrideAccess: false,
        disableErrors: true,
      })
    : null
  return { conversation, thread: message.message_thread_id }
}
