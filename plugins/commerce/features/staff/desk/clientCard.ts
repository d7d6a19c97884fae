import type { BotContext } from '@commerce/bot/context'
import { languageFromTelegram, type Translate } from '@commerce/bot/i18n'
import type { Client, User } from '@payload-types'
import { InlineKeyboard } from 'grammy'
import type { InlineKeyboardButton } from 'grammy/types'
import { GRANT_CHOICES, topicLink } from '@/domain/deskCommands'
import { deskAllows } from '@/domain/deskRoles'
import { formatMoney } from '@/domain/money'
import { isFinalStatus, isOrderStatus, ORDER_STATUSES } from '@/domain/orderWorkflow'
import { clientStatusButtons, grantButtons } from './buttons'

/** How many of the client's latest orders the card lists. */
const RECENT_ORDERS = 5

const OPEN_STATUSES = ORDER_STATUSES.filter((status) => !isFinalStatus(status))

/**
 * A client's card for `/user`, as the staff member may see it: who they are, what they owe,
 * their orders, their credits and their support topic, with the buttons their role may press.
 * Null when the client does not exist (or is not theirs to see).
 */
export async function clientCard(
  ctx: BotContext,
  id: number,
  t: Translate,
): Promise<[string, { reply_markup: InlineKeyboard }] | null> {
  const asStaff = { user: ctx.staff, overrideAccess: false } as const
  const client = await ctx.payload
    .findByID({
      collection: 'clients',
      id,
      depth: 0,
      joins: false,
      disableErrors: true,
      ...asStaff,
    })
    .catch(() => null)
  if (!client) return null
  const byClient = { client: { equals: client.id } }
  const [orders, open, wallets, conversations, settings] = await Promise.all([
    ctx.payload.find({
      collection: 'orders',
      where: byClient,
      sort: '-number',
      limit: RECENT_ORDERS,
      depth: 0,
      select: { number: true, status: true, total: true, currency: true, deliveryDate: true },
      ...asStaff,
    }),
    ctx.payload.count({
      collection: 'orders',
      where: { ...byClient, status: { in: OPEN_STATUSES } },
      ...asStaff,
    }),
    ctx.payload.find({ collection: 'wallets', where: byClient, limit: 1, depth: 0, ...asStaff }),
    ctx.payload.find({
      collection: 'conversations',
      where: byClient,
      limit: 1,
      depth: 0,
      joins: false,
      ...asStaff,
    }),
    ctx.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true }),
  ])
  const language = languageFromTelegram(ctx.from?.language_code)
  const money = (minor: number, currency?: string | null) =>
    formatMoney(minor, currency ?? 'UZS', language)
  const conversation = conversations.docs[0]
  const assignee = await assigneeName(ctx, conversation?.assignedTo)
  const lines = [
    ...who(client, t),
    t('desk-card-owes', { amount: money(client.balance ?? 0) }),
    t('desk-card-orders', { count: orders.totalDocs, open: open.totalDocs }),
    ...orders.docs.map(
      (order) =>
        `#${order.number} · ${order.deliveryDate?.slice(0, 10) ?? ''} · ${t(`status-${isOrderStatus(order.status) ? order.status : 'new'}`)} · ${money(order.total ?? 0, order.currency)}`,
    ),
    t('desk-card-credits', { balance: wallets.docs[0]?.balance ?? 0 }),
    conversation
      ? t(conversation.status === 'closed' ? 'desk-card-topic-closed' : 'desk-card-topic-open', {
          who: assignee ?? t('desk-card-nobody'),
        })
      : t('desk-card-no-topic'),
  ]
  const rows: InlineKeyboardButton[][] = []
  const roles = ctx.staff?.roles
  if (deskAllows(roles, 'block')) {
    const blocked = client.status === 'blocked'
    rows.push([
      clientStatusButtons.button(t(blocked ? 'desk-button-unblock' : 'desk-button-block'), {
        client: client.id,
        to: blocked ? 'active' : 'blocked',
      }),
    ])
  }
  if (deskAllows(roles, 'grantCredits'))
    rows.push([
      ...GRANT_CHOICES.map((amount) =>
        grantButtons.button(`+${amount}`, { client: client.id, amount }),
      ),
      grantButtons.button(t('desk-button-grant-other'), { client: client.id, amount: 'ask' }),
    ])
  const link = topicLink(settings.supportGroupId, conversation?.topicId)
  if (link) rows.push([InlineKeyboard.url(t('desk-button-topic'), link)])
  const keyboard = InlineKeyboard.from(rows)
  return [lines.join('\n'), { reply_markup: keyboard }]
}

function who(client: Client, t: Translate): string[] {
  const reach = [
    client.contactName,
    client.phone,
    client.telegramUsername ? `@${client.telegramUsername}` : null,
  ].filter(Boolean)
  return [
    `👤 ${client.name} · ${t(`client-status-${client.status ?? 'active'}`)}`,
    ...(reach.length ? [reach.join(' · ')] : []),
    ...(client.inn ? [`${t('field-inn')}: ${client.inn}`] : []),
  ]
}

/**
 * Who the conversation is given to. Read past the users' access (a manager may read only their
 * own account): a colleague's name is what every staff member needs to see here.
 */
async function assigneeName(
  ctx: BotContext,
  assigned: number | User | null | undefined,
): Promise<string | null> {
  if (!assigned) return null
  if (typeof assigned === 'object') return assigned.name
  const user = await ctx.payload.findByID({
    collection: 'users',
    id: assigned,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return user?.name ?? null
}
