import { sql } from '@payloadcms/db-postgres'
import type { MiddlewareFn } from 'grammy'
import type { Payload } from 'payload'
import type { OrderDraft } from '@/domain/orderDraft'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import type { BotClient, BotContext } from './context'
import { conversationKey } from './conversationStorage'
import { DRAFT_LIFETIME, orderDraftKey } from './orderDrafts'
import { perTurn } from './perTurn'

interface Who {
  telegramId: number
  chatId: number | undefined
  /**
   * A client who blocked the bot and writes again has come back: they are written to again.
   * Only blocking the bot (Telegram's own update saying so) is not coming back.
   */
  cameBack: boolean
}

interface Sender {
  staffId: number | null
  client: BotClient | null
  conversations: unknown
  draft: OrderDraft | null
}

/**
 * Every update knows who is writing: a staff member, the registered client, or nobody yet; and
 * the chat's conversation state and order draft come along. Only staff, who are few, then have
 * their account read in full for the access rules.
 */
export function loadSender(payload: Payload): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.payload = payload
    ctx.client = null
    ctx.staff = null
    ctx.orderDraft = null
    if (ctx.from) {
      const { staffId, client, conversations, draft } = await senders(payload, {
        telegramId: ctx.from.id,
        chatId: ctx.chat?.id,
        cameBack: ctx.myChatMember?.new_chat_member.status !== 'kicked',
      })
      ctx.client = client
      ctx.storedConversations = conversations ?? undefined
      ctx.orderDraft = draft
      if (staffId !== null) {
        const user = await payload.findByID({
          collection: 'users',
          id: staffId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
        ctx.staff = user ? { ...user, collection: 'users' } : null
      }
    }
    await next()
  }
}

/**
 * The senders of the updates that arrive in one turn of the event loop, read in one statement of
 * indexed lookups in plain SQL. This runs on every update: a Payload `find` cost several times
 * the lookup itself.
 */
const senders = perTurn<Who, Sender>(async (payload, batch) => {
  const chats = batch.map(({ chatId }) => chatId)
  const { rows } = await sqlDatabase(payload).execute<Sender>(sql`
    with input as (
      select * from unnest(
        ${sql.param(batch.map((who) => who.telegramId))}::numeric[],
        ${sql.param(batch.map((who) => who.cameBack))}::boolean[],
        ${sql.param(chats.map((chat) => (chat === undefined ? null : conversationKey(chat))))}::text[],
        ${sql.param(chats.map((chat) => (chat === undefined ? null : orderDraftKey(chat))))}::text[]
      ) with ordinality as i(telegram_id, came_back, conversation_key, draft_key, n)
    ),
    came_back as (
      update clients c set telegram_blocked_at = null
        from input i
       where c.telegram_id = i.telegram_id and i.came_back and c.telegram_blocked_at is not null
    )
    select (select id from users u where u.telegram_id = i.telegram_id) as "staffId",
           (select json_build_object('id', id, 'name', name, 'contactName', contact_name, 'language', language, 'status', status)
              from clients c where c.telegram_id = i.telegram_id) as client,
           (select value from bot_sessions s where s.key = i.conversation_key) as conversations,
           (select value from bot_sessions s
             where s.key = i.draft_key and s.updated_at > now() - ${DRAFT_LIFETIME}::interval) as draft
      from input i
     order by i.n`)
  return rows
})
