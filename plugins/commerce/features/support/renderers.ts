import { textsIn } from '@commerce/bot/i18n'
import { suggestButtons } from '@commerce/bot/suggestButton'
import { refundUndeliveredMessage } from '@commerce/messageCharge'
import { enqueue } from '@commerce/outbox/enqueue'
import type { ClaimedRow } from '@commerce/outbox/outboxRows'
import type { LazyThread, RenderContext, Rendered, TopicRenderer } from '@commerce/outbox/rendering'
import type { Setting } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { InlineKeyboard } from 'grammy'
import type { Payload } from 'payload'
import { formatMoney } from '@/domain/money'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { topicCardButtons } from './buttons'
import { albumMessages, type CopyOf, rememberCopy } from './inbox'
import { ensureTopic, forgetTopic, isTopicGone } from './topics'

interface ConversationRow {
  id: number
  topicId: number | null
  chatId: number
  clientId: number
  name: string
  contactName: string | null
  phone: string | null
  inn: string | null
  blockedAt: string | null
}

async function conversation(
  payload: Payload,
  where: { id: number } | { client: number },
): Promise<ConversationRow | null> {
  const condition = 'id' in where ? sql`v.id = ${where.id}` : sql`v.client_id = ${where.client}`
  const { rows } = await sqlDatabase(payload).execute<ConversationRow>(sql`
    select v.id, v.topic_id::float8 as "topicId", v.chat_id::float8 as "chatId", c.id as "clientId", c.name, c.contact_name as "contactName",
           c.phone, c.inn, c.telegram_blocked_at as "blockedAt"
      from conversations v join clients c on c.id = v.client_id where ${condition}`)
  return rows[0] ?? null
}

/**
 * The client's credits and running pass, when they have a wallet: one indexed read of the
 * `wallets` table (the credits feature's), its pass end in the business's time zone.
 */
async function walletLines(
  payload: Payload,
  client: number,
  timeZone: string,
  t: (key: string, vars?: Record<string, string | number>) => string,
): Promise<string[]> {
  const { rows } = await sqlDatabase(payload).execute<{
    balance: number
    until: string | null
  }>(sql`
    select balance::float8 as balance,
           case when pass_until > now() then to_char(pass_until at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') end as until
      from wallets where client_id = ${client}`)
  const wallet = rows[0]
  if (!wallet) return []
  return [
    t('support-card-credits', { balance: wallet.balance }),
    ...(wallet.until ? [t('support-card-pass', { until: wallet.until })] : []),
  ]
}

/** The card pinned at the top of a client's topic: who they are, their credits and last orders. */
async function clientCard(
  payload: Payload,
  row: ConversationRow,
  timeZone: string,
  t: (key: string, vars?: Record<string, string | number>) => string,
): Promise<string> {
  const [{ rows }, wallet] = await Promise.all([
    sqlDatabase(payload).execute<{
      number: number
      status: string
      total: number
      day: string
    }>(sql`
    select number::int as number, status, total::float8 as total, to_char(delivery_date, 'YYYY-MM-DD') as day
      from orders where client_id = ${row.clientId} order by number desc limit 3`),
    walletLines(payload, row.clientId, timeZone, t),
  ])
  const empty = t('field-empty')
  return [
    `${row.name} (#${row.clientId})`,
    `${t('field-contactName')}: ${row.contactName || empty}`,
    `${t('field-phone')}: ${row.phone || empty}`,
    `${t('field-inn')}: ${row.inn || empty}`,
    ...wallet,
    ...rows.map(
      (order) =>
        `#${order.number} · ${order.day} · ${t(`status-${order.status}`)} · ${formatMoney(order.total)}`,
    ),
  ].join('\n')
}

/** The card's actions: the client's orders, block the client, close the conversation, drafts. */
function cardButtons(conversation: number, t: (key: string) => string) {
  return new InlineKeyboard()
    .add(
      topicCardButtons.button(t('support-button-orders'), { conversation, action: 'orders' }),
      topicCardButtons.button(t('support-button-block'), { conversation, action: 'block' }),
      topicCardButtons.button(t('support-button-close'), { conversation, action: 'close' }),
    )
    .row(suggestButtons.button(t('support-button-suggest'), { conversation }))
}

interface SupportRow {
  conversation?: number
  client?: number
  fromChat?: number
  message?: number
  album?: string
  number?: number
  to?: string
  kind?: string
  total?: number
  text?: string
  caption?: boolean
  /** The charge's key of a paid message, given back when the copy is never delivered. */
  charged?: string
}

/** The support group and the conversation a row is about, or what to do instead of sending. */
type Found = {
  group: number
  timeZone: string
  t: (key: string, vars?: Record<string, string | number>) => string
  data: SupportRow
  found: ConversationRow | null
}

async function lookUp(
  row: ClaimedRow,
  context: RenderContext,
): Promise<Found | { nothing: string }> {
  const settings: Setting = await context.settings()
  const group = settings.supportGroupId
  if (!group) return { nothing: 'no support group in settings (supportGroupId)' }
  const data = row.payload as SupportRow
  const found = await conversation(
    context.payload,
    data.conversation ? { id: data.conversation } : { client: Number(data.client) },
  )
  const timeZone = settings.timezone || 'Asia/Tashkent'
  return { group, timeZone, t: textsIn(settings.staffLanguage), data, found }
}

const supportRenderer =
  (render: (found: Found, context: RenderContext) => Promise<Rendered> | Rendered): TopicRenderer =>
  async (row, context) => {
    const found = await lookUp(row, context)
    return 'nothing' in found ? found : render(found, context)
  }

/** Pairs each copy with its original, so an edit on one side can follow to the other. */
const remember =
  (context: RenderContext, copyOf: CopyOf, originals: number[]) => async (copies: number[]) => {
    for (const [i, copy] of copies.entries())
      await rememberCopy(context.payload, copyOf, originals[i], copy)
  }

/** A client's message, copied into their topic (made on first use, with its card). */
const toStaff = supportRenderer(async ({ group, timeZone, t, data, found }, context) => {
  if (!found || !data.fromChat || !data.message) return { skip: 'malformed row' }
  const who = found.contactName ? `${found.name} · ${found.contactName}` : found.name
  const topic = {
    conversationId: found.id,
    name: `${who} (#${found.clientId})`,
    card: await clientCard(context.payload, found, timeZone, t),
    buttons: cardButtons(found.id, t),
    exists: Boolean(found.topicId),
  }
  const thread: LazyThread = {
    exists: topic.exists,
    open: (api) => ensureTopic(api, context.payload, group, topic),
    isGone: isTopicGone,
    forget: () => forgetTopic(context.payload, found.id),
  }
  const copyOf = { side: 'group', conversationId: found.id } as const
  let messageIds = [data.message]
  let album = false
  if (data.album) {
    // The album's first part carries all of it that has arrived; a part later than that goes alone.
    const parts = await albumMessages(context.payload, found.id, data.album)
    if (parts[0]?.message === data.message) {
      messageIds = parts.map((part) => part.message)
      album = true
    } else if (parts.find((part) => part.message === data.message)?.copied)
      return { nothing: 'copied with its album' }
  }
  return {
    chatId: group,
    copy: { fromChatId: data.fromChat, messageIds, album },
    thread,
    onSent: remember(context, copyOf, messageIds),
    onDead: data.charged
      ? () => refundUndeliveredMessage(context.payload, data.charged!)
      : undefined,
  }
})

/** Staff's answer in a topic, copied to the client; a blocked client is noted in the topic. */
const toClient = supportRenderer(({ group, t, data, found }, context) => {
  if (!found) return { skip: 'the conversation no longer exists' }
  if (found.blockedAt)
    return {
      chatId: group,
      threadId: found.topicId ?? undefined,
      text: t('support-client-blocked'),
    }
  const messageIds = [Number(data.message)]
  return {
    chatId: found.chatId,
    clientId: found.clientId,
    copy: { fromChatId: Number(data.fromChat), messageIds },
    onSent: remember(context, { side: 'client', conversationId: found.id }, messageIds),
    // Said in the topic through the outbox, within the group's limits.
    onBlocked: () =>
      enqueue(context.payload, 'support.client_blocked', {
        conversation: found.id,
        sequence: `support:${found.clientId}`,
      }),
  }
})

/** The topic learns that the client blocked the bot and did not get the answer. */
const clientBlocked = supportRenderer(({ group, t, found }) => {
  if (!found?.topicId) return { nothing: 'the client has no support topic' }
  return { chatId: group, threadId: found.topicId, text: t('support-client-blocked') }
})

/** A bridged message edited on its side, edited on the other. */
const edit = supportRenderer(({ group, data, found }) => {
  if (!found || !data.message) return { skip: 'the conversation no longer exists' }
  return {
    chatId: data.to === 'group' ? group : found.chatId,
    text: data.text ?? '',
    edit: { messageId: data.message, caption: Boolean(data.caption) },
  }
})

/** The client's orders and payments in their topic, once they have one. */
const story = supportRenderer(({ group, t, data, found }) => {
  if (!found?.topicId) return { nothing: 'the client has no support topic' }
  const text =
    data.kind === 'payment'
      ? t('story-payment', { number: data.number ?? '?', status: t(`payment-status-${data.to}`) })
      : t('story-status', {
          number: data.number ?? '?',
          status: t(`status-${data.to}`),
          total: formatMoney(Number(data.total) || 0),
        })
  return { chatId: group, threadId: found.topicId, text }
})

export const supportRenderers: Record<string, TopicRenderer> = {
  'support.to_staff': toStaff,
  'support.to_client': toClient,
  'support.client_blocked': clientBlocked,
  'support.edit': edit,
  'support.story': story,
}
