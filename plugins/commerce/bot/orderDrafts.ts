import { sql } from '@payloadcms/db-postgres'
import type { OrderDraft } from '@/domain/orderDraft'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import type { BotContext } from './context'
import { perTurn } from './perTurn'

/** Where a chat's order draft is kept in `bot-sessions`. */
export const orderDraftKey = (chatId: number) => `order:${chatId}`

/** A draft left alone this long is abandoned: its buttons say so and texts are no longer taken as answers. */
export const DRAFT_LIFETIME = '1 day'

/** A new draft for the chat, in place of any other. */
export const startDraft = (ctx: BotContext, draft: OrderDraft) => keepDraft(ctx, draft, true)

/**
 * Keeps a step's change of the chat's draft. It only updates: a draft placed or cancelled
 * meanwhile by another update of the chat stays gone.
 */
export const saveDraft = (ctx: BotContext, draft: OrderDraft) => keepDraft(ctx, draft, false)

/** Writes the chat's draft, stamped with when; `ctx.orderDraft` follows. */
async function keepDraft(ctx: BotContext, draft: OrderDraft, start: boolean): Promise<void> {
  ctx.orderDraft = { ...draft, savedAt: Date.now() }
  await writeDraft(ctx.payload, { key: orderDraftKey(ctx.chatId!), draft: ctx.orderDraft, start })
}

/** The drafts written in one turn of the event loop, started and saved ones, in one statement. */
const writeDraft = perTurn<{ key: string; draft: OrderDraft; start: boolean }, void>(
  async (payload, writes) => {
    // One chat twice in a turn (two quick presses) ends as it would one after the other: with the
    // later draft, and in place of any other when one of the two started it.
    const latest = new Map<string, { value: string; start: boolean }>()
    for (const { key, draft, start } of writes)
      latest.set(key, {
        value: JSON.stringify(draft),
        start: start || Boolean(latest.get(key)?.start),
      })
    // In key order, so two statements under way at once lock their common rows in the same order.
    const rows = [...latest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    await sqlDatabase(payload).execute(sql`
    with d as (
      select * from unnest(
        ${sql.param(rows.map(([key]) => key))}::text[],
        ${sql.param(rows.map(([, { value }]) => value))}::text[],
        ${sql.param(rows.map(([, { start }]) => start))}::boolean[]
      ) as d(key, value, start)
    ),
    started as (
      insert into bot_sessions (key, value, updated_at, created_at)
      select key, value::jsonb, now(), now() from d where start
      on conflict (key) do update set value = excluded.value, updated_at = now()
    )
    update bot_sessions s set value = d.value::jsonb, updated_at = now()
      from d
     where s.key = d.key and not d.start`)
    return writes.map(() => undefined)
  },
)

/** Forgets the chat's draft: the order was placed or given up. */
export async function clearDraft(ctx: BotContext): Promise<void> {
  if (!ctx.orderDraft) return
  ctx.orderDraft = null
  await sqlDatabase(ctx.payload).execute(
    sql`delete from bot_sessions where key = ${orderDraftKey(ctx.chatId!)}`,
  )
}

/** Takes the chat's draft for placing it: true for one update only, however many press Confirm at once. */
export async function takeDraft(ctx: BotContext): Promise<boolean> {
  ctx.orderDraft = null
  return takeDrafts(ctx.payload, orderDraftKey(ctx.chatId!))
}

const takeDrafts = perTurn<string, boolean>(async (payload, keys) => {
  const { rows } = await sqlDatabase(payload).execute<{ key: string }>(sql`
    delete from bot_sessions where key = any(${sql.param([...new Set(keys)])}::text[]) returning key`)
  // The same chat twice in one turn: only its first press takes the draft.
  const taken = new Set(rows.map(({ key }) => key))
  return keys.map((key) => taken.delete(key))
})
