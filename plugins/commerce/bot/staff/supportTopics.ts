import { Composer } from 'grammy'

import type { BotContext } from '../context'

import { conversationOfTopic, describeMessage, receiveFromStaff } from '../../support/inbox'
import { staffTexts } from './staffTexts'

export const supportTopics = new Composer<BotContext>()

/**
 * Staff answering in a client's topic of the support group: the answer goes to the client.
 * Commands and messages outside any topic are not answers and are left alone.
 */
supportTopics.on('message', async (ctx, next) => {
  if (ctx.chat.type === 'private') return next()
  const settings = await ctx.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  if (!settings.supportGroupId || ctx.chat.id !== settings.supportGroupId) return next()
  const thread = ctx.message.is_topic_message ? ctx.message.message_thread_id : undefined
  if (!thread || ctx.from.is_bot || ctx.message.text?.startsWith('/')) return next()
  // Service messages (topic created, pinned…) are not answers.
  if (describeMessage(ctx.message).kind === 'other') return
  const conversation = await conversationOfTopic(ctx.payload, thread)
  if (!conversation) return ctx.reply(staffTexts(ctx)('support-topic-orphan'), { message_thread_id: thread })
  await receiveFromStaff(ctx.payload, conversation, ctx.message, ctx.staff ? Number(ctx.staff.id) : null)
})
