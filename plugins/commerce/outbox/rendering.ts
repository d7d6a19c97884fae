import type { Client, Setting } from '@payload-types'
import type { Api } from 'grammy'
import type { InlineKeyboardMarkup } from 'grammy/types'
import type { Payload } from 'payload'
import type { ClaimedRow } from './outboxRows'

/** A forum topic made on first use (a client's support topic). */
export interface LazyThread {
  /** Whether it exists already; making one posts its first message too (one more send). */
  exists: boolean
  /** The thread's id, made now when there is none. */
  open: (api: Api) => Promise<number>
  /** Whether a send failed because the thread was deleted meanwhile. */
  isGone: (error: unknown) => boolean
  /** Forgets a deleted thread, so that `open` makes a new one. */
  forget: () => Promise<void>
}

export interface OutgoingMessage {
  chatId: number
  /** What to send; a copy carries its own content. */
  text?: string
  replyMarkup?: InlineKeyboardMarkup
  /** The client written to, marked when they turn out to have blocked the bot. */
  clientId?: number
  /** Edit this message in place (a card); when it is gone or too old, a new one is posted. */
  replaces?: number
  /** Copy these messages (any kind: photo, voice…) instead of sending `text`; an album at once. */
  copy?: { fromChatId: number; messageIds: number[]; album?: boolean }
  /** Replace the text (or caption) of this message instead of sending a new one. */
  edit?: { messageId: number; caption: boolean }
  /** Into this forum topic. */
  threadId?: number
  /** Into a topic made on first use. */
  thread?: LazyThread
  /** Told the ids of the messages posted or copied (not of an edit): a card remembered, copies paired. */
  onSent?: (messageIds: number[]) => Promise<void>
  /** Run when the recipient turns out to have blocked the bot. */
  onBlocked?: () => Promise<void>
  /** Run before the row is parked dead, never delivered: what was charged for it is given back. */
  onDead?: () => Promise<void>
}

/**
 * Work for an outside system (a warehouse, a courier) written with the change that asks for it and
 * done after commit: the dispatcher runs it off the Telegram budget, retries a failure with back-off
 * and, after the last try, parks it as a dead letter staff can retry.
 */
export interface OutgoingCall {
  integration: string
  /** What it does, for people: `request delivery for order 1042`. */
  name: string
  perform: () => Promise<void>
}

/**
 * A message to send; a call to make; a row that cannot be sent (`skip`, parked as dead); or one
 * with nothing to send.
 */
export type Rendered =
  | OutgoingMessage
  | { call: OutgoingCall }
  | { signal: OutgoingSignal }
  | { skip: string }
  | { nothing: string }

/**
 * A sign in a chat that is not a message: "typing…" (`sendChatAction`) or a reaction on a message
 * (`setMessageReaction`, Bot API 7.0). It never takes a message's place in the send budget: it goes
 * only while the budget has a slot to spare at once, books none, and is dropped (never queued or
 * retried) otherwise or when Telegram refuses it: a late "typing…" is worse than none.
 */
export interface OutgoingSignal {
  chatId: number
  action?: 'typing'
  reaction?: { messageId: number; emoji: string }
}

/** A row telling a client about one of their orders (a move, a payment). */
export interface ClientOrderRow {
  client?: number
  order?: number
  number?: number
  to?: string
  total?: number
  /** What is left to pay, when a part was received (rows since the ledger say it). */
  due?: number
}

export type Recipient = Pick<Client, 'id' | 'telegramId' | 'language' | 'telegramBlockedAt'>

/** What a renderer may read: settings and the clients of the round, each read once per round. */
export interface RenderContext {
  payload: Payload
  settings: () => Promise<Setting>
  /** A client the round's rows name in `payload.client`, read with the others in one query. */
  client: (id: unknown) => Recipient | undefined
}

/** Turns one outbox row of its topic into a message. */
export type TopicRenderer = (
  row: ClaimedRow,
  context: RenderContext,
) => Promise<Rendered> | Rendered

/** Where a client's notice goes, or why it cannot go. */
export function clientChat(
  context: RenderContext,
  id: unknown,
): { chatId: number; clientId: number; language: Recipient['language'] } | { skip: string } {
  const client = context.client(id)
  if (!client) return { skip: 'the client no longer exists' }
  if (!client.telegramId) return { skip: 'the client has no Telegram chat' }
  if (client.telegramBlockedAt) return { skip: 'the client blocked the bot' }
  return { chatId: client.telegramId, clientId: client.id, language: client.language }
}

/** The staff chat of the settings, or why a staff message cannot go. */
export async function staffChat(
  context: RenderContext,
): Promise<{ chatId: number; settings: Setting } | { skip: string }> {
  const settings = await context.settings()
  if (!settings.adminChatId) return { skip: 'no staff chat in settings (adminChatId)' }
  return { chatId: settings.adminChatId, settings }
}

/**
 * Turns outbox rows into messages with the renderers the features registered for their topics,
 * reading the clients the rows go to in one query and the settings at most once.
 */
export async function renderNotifications(
  payload: Payload,
  rows: ClaimedRow[],
  renderers: Record<string, TopicRenderer>,
): Promise<Map<number, Rendered>> {
  const clientIds = [
    ...new Set(rows.map((row) => Number(row.payload.client)).filter(Number.isSafeInteger)),
  ]
  const { docs } = clientIds.length
    ? await payload.find({
        collection: 'clients',
        where: { id: { in: clientIds } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { telegramId: true, language: true, telegramBlockedAt: true },
      })
    : { docs: [] }
  const clients = new Map(docs.map((client) => [client.id, client as Recipient]))
  let settings: Promise<Setting> | undefined
  const context: RenderContext = {
    payload,
    settings: () =>
      (settings ??= payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })),
    client: (id) => clients.get(Number(id)),
  }
  const rendered = new Map<number, Rendered>()
  for (const row of rows) {
    const render = renderers[row.topic]
    rendered.set(
      row.id,
      render ? await render(row, context) : { skip: `unknown topic ${row.topic}` },
    )
  }
  return rendered
}
