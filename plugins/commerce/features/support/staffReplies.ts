import type { BotContext } from '@commerce/bot/context'
import { staffTexts } from '@commerce/bot/staffTexts'
import { supportTopicOf } from '@commerce/bot/supportTopic'
import { Composer } from 'grammy'
import type { Message } from 'grammy/types'
import { formatMoney } from '@/domain/money'
import { mayChange } from '@/shared/access/roles'
import { relationId } from '@/shared/relationId'
import { topicCardButtons } from './buttons'
import { describeMessage, receiveEdit, receiveFromStaff } from './inbox'
import { signalStaffAttention } from './signals'

export const staffReplies = new Composer<BotContext>()

/**
 * The topic a message was written in, when it was written in the support group by a person:
 * a member, or an anonymous admin (who writes as the group itself, through Telegram's bot
 * account). Anything else, another group included, is not an answer to a client.
 */
async function supportThread(ctx: BotContext, message: Message): Promise<number | undefined> {
  if (message.chat.type === 'private' || !message.is_topic_message) return undefined
  const settings = await ctx.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
  })
  if (!settings.supportGroupId || message.chat.id !== settings.supportGroupId) return undefined
  const asTheGroup = message.sender_chat?.id === settings.supportGroupId
  return asTheGroup || !message.from?.is_bot ? message.message_thread_id : undefined
}

/**
 * Staff answering in a client's topic of the support group: the answer goes to the client.
 * Commands and messages outside any topic are not answers and are left alone.
 */
staffReplies.on('message', async (ctx, next) => {
  const thread = await supportThread(ctx, ctx.message)
  if (!thread || ctx.message.text?.startsWith('/')) return next()
  // Service messages (topic created, pinned…) are not answers.
  if (describeMessage(ctx.message).kind === 'other') return
  const conversation = await supportTopicOf(ctx.payload, ctx.message)
  if (!conversation)
    return ctx.reply(staffTexts(ctx)('support-topic-orphan'), { message_thread_id: thread })
  await receiveFromStaff(
    ctx.payload,
    conversation,
    ctx.message,
    ctx.staff ? Number(ctx.staff.id) : null,
  )
})

/** Staff corrected an answer in a topic: the client's copy is corrected too. */
staffReplies.on('edited_message', async (ctx, next) => {
  if (!(await supportThread(ctx, ctx.editedMessage))) return next()
  if (!(await receiveEdit(ctx.payload, ctx.editedMessage, 'staff'))) return next()
})

/** The buttons on a topic's pinned card. Looking is for all staff; blocking and closing for managers. */
staffReplies.callbackQuery(topicCardButtons.pattern, async (ctx) => {
  const t = staffTexts(ctx)
  if (!ctx.staff) return ctx.answerCallbackQuery({ text: t('staff-only'), show_alert: true })
  const [, id, action] = ctx.match
  const conversation = await ctx.payload.findByID({
    collection: 'conversations',
    id: Number(id),
    depth: 0,
    joins: false,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!conversation)
    return ctx.answerCallbackQuery({ text: t('support-topic-orphan'), show_alert: true })
  const clientId = relationId(conversation.client)!
  const thread = ctx.callbackQuery.message?.message_thread_id
  if (action === 'orders') {
    await ctx.answerCallbackQuery()
    // Staff looking the client up are working on their message: it is read, an answer is coming.
    await signalStaffAttention(
      ctx.payload,
      { id: conversation.id, client: clientId },
      { read: true },
    )
    const { docs } = await ctx.payload.find({
      collection: 'orders',
      where: { client: { equals: clientId } },
      sort: '-number',
      limit: 10,
      depth: 0,
      user: ctx.staff,
      overrideAccess: false,
    })
    const lines = docs.map(
      (order) =>
        `#${order.number} · ${order.deliveryDate.slice(0, 10)} · ${t(`status-${order.status ?? 'new'}`)} · ${formatMoney(order.total ?? 0)}`,
    )
    return ctx.reply(lines.length ? lines.join('\n') : t('support-no-orders'), {
      message_thread_id: thread,
    })
  }
  if (!mayChange(ctx.staff))
    return ctx.answerCallbackQuery({ text: t('staff-not-allowed'), show_alert: true })
  if (action === 'block') {
    await ctx.payload.update({
      collection: 'clients',
      id: clientId,
      data: { status: 'blocked' },
      user: ctx.staff,
      overrideAccess: false,
    })
    return ctx.answerCallbackQuery({ text: t('support-blocked'), show_alert: true })
  }
  await ctx.payload.update({
    collection: 'conversations',
    id: conversation.id,
    data: { status: 'closed' },
    user: ctx.staff,
    overrideAccess: false,
  })
  return ctx.answerCallbackQuery({ text: t('support-closed'), show_alert: true })
})
