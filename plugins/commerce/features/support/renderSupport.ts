import { textsIn } from '@commerce/bot/i18n'
import type { ClaimedRow } from '@commerce/outbox/outboxRows'
import type { Rendered } from '@commerce/outbox/renderNotification'

import type { Setting } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { InlineKeyboard } from 'grammy'
import type { Payload } from 'payload'
import { formatMoney } from '@/domain/money'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { albumMessages } from './inbox'

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

/** The card pinned at the top of a client's topic: who they are and their last orders. */
async function clientCard(
  payload: Payload,
  row: ConversationRow,
  t: (key: string, vars?: Record<string, string | number>) => string,
): Promise<string> {
  const { rows } = await sqlDatabase(payload).execute<{
    number: number
    status: string
    total: number
    day: string
  }>(sql`
    select number::int as number, status, total::float8 as total, to_char(delivery_date, 'YYYY-MM-DD') as day
      from orders where client_id = ${row.clientId} order by number desc limit 3`)
  const empty = t('field-empty')
  return [
    `${row.name} (#${row.clientId})`,
    `${t('field-contactName')}: ${row.contactName || empty}`,
    `${t('field-phone')}: ${row.phone || empty}`,
    `${t('field-inn')}: ${row.inn || empty}`,
    ...rows.map(
      (order) =>
        `#${order.number} · ${order.day} · ${t(`status-${order.status}`)} · ${formatMoney(order.total)}`,
    ),
  ].join('\n')
}

/** The card's actions: the client's orders, block the client, close the conversation. */
export const SUPPORT_ACTION = /^sup:v1:(\d+):(orders|block|close)$/
function cardButtons(conversationId: number, t: (key: string) => string) {
  return new InlineKeyboard()
    .text(t('support-button-orders'), `sup:v1:${conversationId}:orders`)
    .text(t('support-button-block'), `sup:v1:${conversationId}:block`)
    .text(t('support-button-close'), `sup:v1:${conversationId}:close`)
}

/**
 * The support bridge's rows as messages: a client's message copied into their topic (made on
 * first use), staff's answer copied to the client, notes and the client's story in the topic.
 */
export async function renderSupport(
  payload: Payload,
  row: ClaimedRow,
  settings: Setting | null,
): Promise<Rendered> {
  const group = settings?.supportGroupId
  const t = textsIn(settings?.staffLanguage)
  const data = row.payload as {
    conversation?: number
    client?: number
    fromChat?: number
    message?: number
    number?: number
    to?: string
    kind?: string
    total?: number
  }
  if (!group) return { nothing: 'no support group in settings (supportGroupId)' }
  const found = await conversation(
    payload,
    data.conversation ? { id: data.conversation } : { client: Number(data.client) },
  )
  if (row.topic === 'support.to_staff') {
    if (!found || !data.fromChat || !data.message) return { skip: 'malformed row' }
    const who = found.contactName ? `${found.name} · ${found.contactName}` : found.name
    const topic = {
      conversationId: found.id,
      name: `${who} (#${found.clientId})`,
      card: await clientCard(payload, found, t),
      buttons: cardButtons(found.id, t),
      exists: Boolean(found.topicId),
    }
    const remember = { side: 'group', conversationId: found.id } as const
    const album = (row.payload as { album?: string }).album
    if (album) {
      // The album's first part carries all of it that has arrived; a part later than that goes alone.
      const parts = await albumMessages(payload, found.id, album)
      if (parts[0]?.message === data.message) {
        return {
          chatId: group,
          copy: {
            fromChatId: data.fromChat,
            messageId: data.message,
            album: parts.map((part) => part.message),
            remember,
          },
          topic,
        }
      }
      if (parts.find((part) => part.message === data.message)?.copied)
        return { nothing: 'copied with its album' }
    }
    return {
      chatId: group,
      copy: { fromChatId: data.fromChat, messageId: data.message, remember },
      topic,
    }
  }
  if (row.topic === 'support.to_client') {
    if (!found) return { skip: 'the conversation no longer exists' }
    if (found.blockedAt)
      return {
        chatId: group,
        threadId: found.topicId ?? undefined,
        text: t('support-client-blocked'),
      }
    return {
      chatId: found.chatId,
      clientId: found.clientId,
      copy: {
        fromChatId: Number(data.fromChat),
        messageId: Number(data.message),
        remember: { side: 'client', conversationId: found.id },
      },
      blockedNote: { groupId: group, threadId: found.topicId },
    }
  }
  if (row.topic === 'support.edit') {
    const { to, text, caption } = row.payload as { to?: string; text?: string; caption?: boolean }
    if (!found || !data.message) return { skip: 'the conversation no longer exists' }
    return {
      chatId: to === 'group' ? group : found.chatId,
      text: text ?? '',
      edit: { messageId: data.message, caption: Boolean(caption) },
    }
  }
  if (row.topic === 'support.story') {
    // The client's orders and payments in their topic, once they have one.
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
  }
  return { skip: `unknown topic ${row.topic}` }
}
