import type { BotContext } from '@commerce/bot/context'
import { staffTexts } from '@commerce/bot/staffTexts'
import { supportTopicOf } from '@commerce/bot/supportTopic'
import { enqueue } from '@commerce/outbox/enqueue'
import { Composer } from 'grammy'
import { assistSetupOf } from './assistSetup'

/**
 * `/suggest` in a client's topic of the support group (staff only: the bot mounts staff's
 * composers for staff alone, and tells anyone else the command is not theirs). The drafts are
 * made after this update is answered, through the outbox, and posted into the topic only.
 */
export const suggestCommand = new Composer<BotContext>()

suggestCommand.command('suggest', async (ctx) => {
  const t = staffTexts(ctx)
  const settings = await ctx.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
  })
  const thread = ctx.message?.is_topic_message ? ctx.message.message_thread_id : undefined
  const inSupportGroup = settings.supportGroupId && ctx.chat?.id === settings.supportGroupId
  if (!inSupportGroup || !thread)
    return ctx.reply(t('assist-suggest-not-topic'), thread ? { message_thread_id: thread } : {})
  if (!assistSetupOf(settings).enabled)
    return ctx.reply(t('assist-suggest-off'), { message_thread_id: thread })
  const conversation = ctx.message && (await supportTopicOf(ctx.payload, ctx.message))
  if (!conversation) return ctx.reply(t('support-topic-orphan'), { message_thread_id: thread })
  await enqueue(ctx.payload, 'assist.suggest', {
    conversation: conversation.id,
    thread,
    requestedBy: ctx.staff?.id ?? null,
    sequence: `assist-suggest:${conversation.id}`,
  })
})
