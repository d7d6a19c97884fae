import { sql } from '@payloadcms/db-postgres'
import type { MiddlewareFn } from 'grammy'
import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import {
  type FloodRule,
  type FloodState,
  floodRuleOf,
  floodSubject,
  floodVerdict,
  isForgettable,
  QUIET,
} from '@/domain/floodControl'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { enqueue } from '../../outbox/enqueue'
import type { BotContext } from '../context'

/** How long the limits read from the settings are used before they are read again. */
const SETTINGS_TTL_MS = 10_000
/** Chats remembered before the quiet ones are forgotten. */
const PRUNE_AT = 5_000

/**
 * A client sending messages faster than the settings allow is slowed down, then muted for a
 * while; staff are told once per mute. Orders and payments are never refused (`floodSubject`).
 *
 * Where the counts live: in this server's memory. A flood is many updates a second from one
 * chat; counting them in PostgreSQL would add a write per message exactly when the bot is busiest,
 * and the messages refused here never touch the database beyond reading their sender. With
 * several servers each counts the updates Telegram gives it, so the limits hold per server (a
 * flood spread over N servers is cut at most N times later). Only the start of a mute is written
 * to the database (`bot-sessions`), so that staff are told once per mute however many servers
 * mute the chat, and a restart forgets the counts but not that staff were told.
 */
export function floodGuard(
  payload: Payload,
  orderCommands: string[] = [],
  clock: () => number = Date.now,
): MiddlewareFn<BotContext> {
  const unlimited = new Set(orderCommands)
  const chats = new Map<number, FloodState>()
  let rule: { value: FloodRule; at: number } | undefined

  async function currentRule(now: number): Promise<FloodRule> {
    if (!rule || now - rule.at > SETTINGS_TTL_MS) {
      const settings = await payload.findGlobal({
        slug: 'settings',
        depth: 0,
        overrideAccess: true,
      })
      rule = {
        value: floodRuleOf({
          limit: settings.floodLimit,
          windowSeconds: settings.floodWindowSeconds,
          muteAfter: settings.floodMuteAfter,
          muteMinutes: settings.floodMuteMinutes,
        }),
        at: now,
      }
    }
    return rule.value
  }

  let prunedAt = 0
  /** Forgets quiet chats once there are many, at most once a window: a busy bot never scans per update. */
  function prune(now: number, current: FloodRule) {
    if (chats.size < PRUNE_AT || now - prunedAt < current.windowSeconds * 1000) return
    prunedAt = now
    for (const [chat, state] of chats) if (isForgettable(state, now, current)) chats.delete(chat)
  }

  return async (ctx, next) => {
    const message = ctx.message ?? ctx.editedMessage
    const subject = floodSubject({
      privateMessage: Boolean(message && ctx.chat?.type === 'private' && ctx.from),
      fromStaff: ctx.staff !== null,
      payment: Boolean(message?.successful_payment || message?.refunded_payment),
      contact: Boolean(message?.contact),
      orderCommand: unlimited.has(commandOf(message?.text)),
      // Only a draft waiting for a typed answer (a quantity, a comment, an address): one left to wait
      // for buttons, or left alone for a day, must not let a flood through.
      inFlow: Boolean(ctx.orderDraft?.awaiting) || hasActiveConversation(ctx.storedConversations),
    })
    if (subject === 'free' || !ctx.chat) return next()
    const now = clock()
    const current = await currentRule(now)
    const chat = ctx.chat.id
    const { verdict, state } = floodVerdict(
      chats.get(chat) ?? QUIET,
      now,
      current,
      subject === 'exempt',
    )
    chats.set(chat, state)
    prune(now, current)
    switch (verdict.kind) {
      case 'pass':
        return next()
      case 'slow':
        if (verdict.tell) await ctx.reply(ctx.t('flood-slow'))
        return
      case 'muted':
        return
      case 'mute': {
        const minutes = current.muteMinutes
        await ctx.reply(ctx.t('flood-muted', { minutes: String(minutes) }))
        await tellStaffOnce(payload, chat, verdict.until, {
          who: ctx.client ? `${ctx.client.name} (#${ctx.client.id})` : whoIs(ctx),
          count: current.muteAfter + 1,
          seconds: current.windowSeconds,
          minutes,
        })
      }
    }
  }
}

/**
 * The command a message starts with, without the bot's name and the number some commands carry
 * (`/buy7301@tandir_bot` is `buy`), or ''.
 */
function commandOf(text: string | undefined): string {
  return text?.match(/^\/([a-z_]+)\d*(?:@\w+)?(?:\s|$)/i)?.[1].toLowerCase() ?? ''
}

/** Whether the chat is inside a conversation (registration, a profile edit), from its stored state. */
function hasActiveConversation(stored: unknown): boolean {
  const state = (stored as { state?: Record<string, unknown[]> } | undefined)?.state
  return Boolean(
    state && Object.values(state).some((list) => Array.isArray(list) && list.length > 0),
  )
}

function whoIs(ctx: BotContext): string {
  const from = ctx.from
  if (!from) return '?'
  return from.username ? `@${from.username} (${from.id})` : `${from.first_name} (${from.id})`
}

/**
 * Staff hear of a mute once, whichever server muted the chat first: the mute is claimed in
 * `bot-sessions` (a chat's earlier mute, already over, is replaced), and the message is queued in
 * the same transaction as the claim.
 */
async function tellStaffOnce(
  payload: Payload,
  chat: number,
  until: number,
  notice: { who: string; count: number; seconds: number; minutes: number },
): Promise<void> {
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    const { rows } = await (await transactionDatabase(req)).execute<{ key: string }>(sql`
      insert into bot_sessions as s (key, value, updated_at, created_at)
      values (${`flood-mute:${chat}`}, ${JSON.stringify({ until })}::jsonb, now(), now())
      on conflict (key) do update set value = excluded.value, updated_at = now()
       where (s.value->>'until')::float8 <= ${Date.now()}
      returning key`)
    if (rows.length === 0) return
    await enqueue(payload, 'flood.muted', { chat, ...notice }, req)
  })
}
