import type { VersionedState, VersionedStateStorage } from '@grammyjs/conversations'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import type { BotContext } from './context'

/** Where a chat's conversation state is kept in `bot-sessions`. */
export const conversationKey = (chatId: number) => `conversation:${chatId}`

/**
 * The conversations' state over `bot-sessions`, for the chat of the update. It is read together
 * with the sender (`loadSender`), one query for both on the bot's hottest path, and written
 * back with one upsert.
 */
export function conversationStorage<S>(payload: Payload): VersionedStateStorage<BotContext, S> {
  const db = () => sqlDatabase(payload)
  return {
    read: (ctx) => ctx.storedConversations as VersionedState<S> | undefined,
    async write(ctx, value) {
      if (!ctx.chat) return
      await db().execute(sql`
        insert into bot_sessions (key, value, updated_at, created_at)
        values (${conversationKey(ctx.chat.id)}, ${JSON.stringify(value)}::jsonb, now(), now())
        on conflict (key) do update set value = excluded.value, updated_at = now()`)
    },
    async delete(ctx) {
      if (!ctx.chat) return
      await db().execute(sql`delete from bot_sessions where key = ${conversationKey(ctx.chat.id)}`)
    },
  }
}
