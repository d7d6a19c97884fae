import type { BotContext } from '@commerce/bot/context'
import { staffTexts } from '@commerce/bot/staffTexts'
import { suggestButtons } from '@commerce/bot/suggestButton'
import { supportTopicOf } from '@commerce/bot/supportTopic'
import { enqueue } from '@commerce/outbox/enqueue'
import { Composer } from 'grammy'
import type { Message } from 'grammy/types'
import { assistSetupOf } from './assistSetup'

/**
 * `/suggest` in a client's topic of the support group, or the card's "Reply drafts" (staff only:
 * the bot mounts staff's composers for staff alone, and tells anyone else the command is not
 * theirs). The drafts are made after this update is answered, through the outbox, and posted
 * into the topic only.
 */
export const suggestCommand = new Composer<BotContext>()

/** Why drafts cannot be made for a message's topic (a text key), or its conversation. */
async function draftsFor(
  ctx: BotContext,
  message: Message | undefined,
): Promise<{ refused: string } | { conversation: number; thread: number }> {
  const settings = await ctx.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
  })
  const topic = message && (await supportTopicOf(ctx.payload, message))
  if (!topic) {
    const inTopic = message?.is_topic_message && message.chat.id === settings.supportGroupId
    return { refused: inTopic ? 'support-topic-orphan' : 'assist-suggest-not-topic' }
  }
  if (!assistSetupOf(settings).enabled) return { refused: 'assist-suggest-off' }
  await enqueue(ctx.payload, 'assist.suggest', {
    conversation: topic.id,
    thread: topic.thread,
    requestedBy: ctx.staff?.id ?? null,
    sequence: `assist-suggest:${topic.id}`,
  })
  return { conversation: topic.id, thread: topic.thread }
}

suggestCommand.command('suggest', async (ctx) => {
  const asked = await draftsFor(ctx, ctx.message)
  if ('refused' in asked) {
    const thread = ctx.message?.is_topic_message ? ctx.message.message_thread_id : undefined
    return ctx.reply(staffTexts(ctx)(asked.refused), thread ? { message_thread_id: thread } : {})
  }
})

// The card is pinned in its client's topic: the drafts are for that topic's conversation.
suggestCommand.callbackQuery(suggestButtons.pattern, async (ctx) => {
  const asked = await draftsFor(ctx, ctx.callbackQuery.message as Message | undefined)
  const refused = 'refused' in asked
  return ctx.answerCallbackQuery({
    text: staffTexts(ctx)(refused ? asked.refused : 'assist-suggest-queued'),
    show_alert: refused,
  })
})
