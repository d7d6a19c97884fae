import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import DataLoader from 'dataloader'

import type { BotContext } from './context'
import type { OrderDraft } from '../../../src/domain/orderDraft'

import { sqlDatabase } from '../../../src/db/sqlDatabase'

/** Where a chat's order draft is kept in `bot-sessions`. */
export const orderDraftKey = (chatId: number) => `order:${chatId}`

/** A draft left alone this long is abandoned: its buttons say so and texts are no longer taken as answers. */
export const DRAFT_LIFETIME = '1 day'

const writers = new WeakMap<Payload, DataLoader<{ key: string; draft: OrderDraft }, void>>()

/** A new draft for the chat, in place of any other. */
export async function startDraft(ctx: BotContext, draft: OrderDraft): Promise<void> {
  ctx.orderDraft = { ...draft, savedAt: Date.now() }
  await sqlDatabase(ctx.payload).execute(sql`
    insert into bot_sessions (key, value, updated_at, created_at)
    values (${orderDraftKey(ctx.chatId!)}, ${JSON.stringify(ctx.orderDraft)}::jsonb, now(), now())
    on conflict (key) do update set value = excluded.value, updated_at = now()`)
}

/**
 * Keeps a step's change of the chat's draft; `ctx.orderDraft` follows. It only updates: a draft
 * placed or cancelled meanwhile by another update of the chat stays gone. The drafts saved in
 * one turn of the event loop go in one statement: each round trip to PostgreSQL costs more CPU
 * than the rows it carries (see `loadSender`).
 */
export async function saveDraft(ctx: BotContext, draft: OrderDraft): Promise<void> {
  ctx.orderDraft = { ...draft, savedAt: Date.now() }
  let writer = writers.get(ctx.payload)
  if (!writer) writers.set(ctx.payload, (writer = draftWriter(ctx.payload)))
  await writer.load({ key: orderDraftKey(ctx.chatId!), draft: ctx.orderDraft })
}

function draftWriter(payload: Payload) {
  return new DataLoader<{ key: string; draft: OrderDraft }, void>(
    async (batch) => {
      // One chat twice in a batch (two quick presses): the later draft wins, as it would one after the other.
      const latest = new Map(batch.map(({ key, draft }) => [key, JSON.stringify(draft)]))
      await sqlDatabase(payload).execute(sql`
        update bot_sessions s set value = d.value::jsonb, updated_at = now()
          from unnest(${sql.param([...latest.keys()])}::text[], ${sql.param([...latest.values()])}::text[]) as d(key, value)
         where s.key = d.key`)
      return batch.map(() => undefined)
    },
    { cache: false, batchScheduleFn: (flush) => setImmediate(flush) },
  )
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
