import { sql } from '@payloadcms/db-postgres'

import type { BotContext } from './context'
import type { OrderDraft } from '../../../src/domain/orderDraft'

import { sqlDatabase } from '../../../src/db/sqlDatabase'

/** Where a chat's order draft is kept in `bot-sessions`. */
export const orderDraftKey = (chatId: number) => `order:${chatId}`

/** A draft left alone this long is abandoned: its buttons say so and texts are no longer taken as answers. */
export const DRAFT_LIFETIME = '1 day'

/** Keeps the chat's draft for its next update; `ctx.orderDraft` follows. One upsert. */
export async function saveDraft(ctx: BotContext, draft: OrderDraft): Promise<void> {
  ctx.orderDraft = draft
  await sqlDatabase(ctx.payload).execute(sql`
    insert into bot_sessions (key, value, updated_at, created_at)
    values (${orderDraftKey(ctx.chatId!)}, ${JSON.stringify(draft)}::jsonb, now(), now())
    on conflict (key) do update set value = excluded.value, updated_at = now()`)
}

/** Forgets the chat's draft: the order was placed or given up. */
export async function clearDraft(ctx: BotContext): Promise<void> {
  if (!ctx.orderDraft) return
  ctx.orderDraft = null
  await sqlDatabase(ctx.payload).execute(sql`delete from bot_sessions where key = ${orderDraftKey(ctx.chatId!)}`)
}

/** Takes the chat's draft for placing it: true for one update only, however many press Confirm at once. */
export async function takeDraft(ctx: BotContext): Promise<boolean> {
  ctx.orderDraft = null
  const { rows } = await sqlDatabase(ctx.payload).execute(sql`delete from bot_sessions where key = ${orderDraftKey(ctx.chatId!)} returning key`)
  return rows.length > 0
}
