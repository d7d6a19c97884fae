import type { BotContext } from '@commerce/bot/context'
import { staffTexts } from '@commerce/bot/staffTexts'
import type { User } from '@payload-types'
import { Composer, InlineKeyboard } from 'grammy'
import { Forbidden } from 'payload'
import { parseStaffReference, topicLink } from '@/domain/deskCommands'
import { mayBeAssigned } from '@/domain/deskRoles'
import { staffMay } from './deskAccess'
import { conversationOfThisTopic } from './supportTopic'

/** More than this is no longer a list one works through. */
const MINE_LIMIT = 30

export const assignCommands = new Composer<BotContext>()

/**
 * `/assign @username` (or `/assign me`, or `/assign` in reply to a colleague's message) in a
 * client's support topic: the conversation is theirs. Only staff can be given one; the
 * conversations collection's own access decides whether the writer may give it.
 */
assignCommands.command('assign', async (ctx) => {
  const t = staffTexts(ctx)
  if (!staffMay(ctx, 'assign')) return ctx.reply(t('desk-assign-not-allowed'), inThread(ctx))
  const topic = await conversationOfThisTopic(ctx)
  if (topic === 'outside') return ctx.reply(t('desk-assign-outside'))
  if (!topic.conversation) return ctx.reply(t('desk-assign-no-conversation'), inThread(ctx))
  const target = await assignee(ctx)
  if (target === 'usage') return ctx.reply(t('desk-usage-assign'), inThread(ctx))
  if (!target || !mayBeAssigned(target.roles))
    return ctx.reply(t('desk-assign-not-staff', { who: named(ctx) }), inThread(ctx))
  try {
    await ctx.payload.update({
      collection: 'conversations',
      id: topic.conversation.id,
      data: { assignedTo: target.id },
      depth: 0,
      user: ctx.staff,
      overrideAccess: false,
    })
  } catch (error) {
    if (error instanceof Forbidden) return ctx.reply(t('desk-assign-not-allowed'), inThread(ctx))
    throw error
  }
  await ctx.reply(t('desk-assigned', { who: target.name }), inThread(ctx))
})

/** `/mine`: the open conversations given to me, each a link to its topic. */
assignCommands.command('mine', async (ctx) => {
  const t = staffTexts(ctx)
  if (!ctx.staff || !staffMay(ctx, 'mine')) return ctx.reply(t('staff-not-allowed'))
  const [{ docs, totalDocs }, settings] = await Promise.all([
    ctx.payload.find({
      collection: 'conversations',
      where: { assignedTo: { equals: ctx.staff.id }, status: { equals: 'open' } },
      sort: '-lastMessageAt',
      limit: MINE_LIMIT,
      depth: 1,
      joins: false,
      populate: { clients: { name: true } },
      user: ctx.staff,
      overrideAccess: false,
    }),
    ctx.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true }),
  ])
  if (docs.length === 0) return ctx.reply(t('desk-mine-empty'), inThread(ctx))
  const keyboard = new InlineKeyboard()
  const lines = docs.map((conversation) => {
    const name =
      typeof conversation.client === 'object' ? conversation.client.name : `#${conversation.client}`
    const link = topicLink(settings.supportGroupId, conversation.topicId)
    if (link) keyboard.url(name.slice(0, 60), link).row()
    return t('desk-mine-line', {
      client: name,
      unread: conversation.unreadCount ?? 0,
      preview: conversation.lastMessagePreview?.slice(0, 60) || '—',
    })
  })
  const more =
    totalDocs > docs.length ? [t('desk-mine-more', { count: totalDocs - docs.length })] : []
  await ctx.reply([t('desk-mine-title', { count: totalDocs }), ...lines, ...more].join('\n'), {
    reply_markup: keyboard,
    ...inThread(ctx),
  })
})

/** Answers in the topic the command was written in. */
const inThread = (ctx: BotContext) => ({ message_thread_id: ctx.message?.message_thread_id })

/** Whom the command names, as written, for a refusal. */
function named(ctx: BotContext): string {
  const replied = ctx.message?.reply_to_message?.from
  if (!ctx.match && replied) return replied.username ? `@${replied.username}` : replied.first_name
  return String(ctx.match).trim().slice(0, 40)
}

/**
 * The staff account the command names: a text mention or a reply carries the person's Telegram
 * id; a `@username` is looked up among the usernames staff were seen with. Null when nobody on
 * the staff matches; `usage` when the command names nobody.
 */
async function assignee(ctx: BotContext): Promise<User | null | 'usage'> {
  const byTelegramId = async (id: number) =>
    (
      await ctx.payload.find({
        collection: 'users',
        where: { telegramId: { equals: id } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] ?? null
  const mention = ctx.message?.entities?.find((entity) => entity.type === 'text_mention')
  if (mention?.type === 'text_mention') return byTelegramId(mention.user.id)
  const text = String(ctx.match).trim()
  const replied = ctx.message?.reply_to_message
  // In a topic every message answers the topic's first one: only a person's message is a pick.
  if (!text && replied?.from && !replied.from.is_bot && !replied.forum_topic_created)
    return byTelegramId(replied.from.id)
  const reference = parseStaffReference(text)
  if (!reference) return 'usage'
  if ('me' in reference) return ctx.staff
  const { docs } = await ctx.payload.find({
    collection: 'users',
    where: { telegramUsername: { like: reference.username } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const wanted = reference.username.toLowerCase()
  return docs.find((user) => user.telegramUsername?.toLowerCase() === wanted) ?? null
}
