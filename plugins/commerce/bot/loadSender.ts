import type { MiddlewareFn } from 'grammy'
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { BotClient, BotContext } from './context'
import type { OrderDraft } from '../../../src/domain/orderDraft'

import { sqlDatabase } from '../../../src/db/sqlDatabase'
import { conversationKey } from './conversationStorage'
import { DRAFT_LIFETIME, orderDraftKey } from './orderDrafts'

/**
 * Every update knows who is writing: a staff member, the registered client, or nobody yet; and
 * the chat's conversation state and order draft come along. One statement of indexed lookups in plain SQL: this runs
 * on every update, and a Payload `find` (a count, the join fields) cost several times more than
 * the lookup itself. Only staff, who are few, then have their account read in full for the
 * access rules.
 */
export function loadSender(payload: Payload): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.payload = payload
    ctx.client = null
    ctx.staff = null
    ctx.orderDraft = null
    if (ctx.from) {
      const key = ctx.chat ? conversationKey(ctx.chat.id) : null
      const draftKey = ctx.chat ? orderDraftKey(ctx.chat.id) : null
      // A client who blocked the bot and writes again has come back: they are written to again.
      // Only blocking the bot (Telegram's own update saying so) is not coming back.
      const cameBack = ctx.myChatMember?.new_chat_member.status !== 'kicked'
      const { rows } = await sqlDatabase(payload).execute<{
        staffId: number | null
        client: BotClient | null
        conversations: unknown
        draft: OrderDraft | null
      }>(sql`
        with came_back as (
          update clients set telegram_blocked_at = null
           where telegram_id = ${ctx.from.id} and telegram_blocked_at is not null and ${cameBack}
        )
        select (select id from users where telegram_id = ${ctx.from.id}) as "staffId",
               (select json_build_object('id', id, 'name', name, 'contactName', contact_name, 'language', language, 'status', status)
                  from clients where telegram_id = ${ctx.from.id}) as client,
               (select value from bot_sessions where key = ${key}) as conversations,
               (select value from bot_sessions
                 where key = ${draftKey} and updated_at > now() - ${DRAFT_LIFETIME}::interval) as draft`)
      const { staffId, client, conversations, draft } = rows[0]
      ctx.orderDraft = draft
      ctx.client = client
      ctx.storedConversations = conversations ?? undefined
      if (staffId !== null) {
        const user = await payload.findByID({ collection: 'users', id: staffId, depth: 0, overrideAccess: true, disableErrors: true })
        ctx.staff = user ? { ...user, collection: 'users' } : null
      }
    }
    await next()
  }
}
