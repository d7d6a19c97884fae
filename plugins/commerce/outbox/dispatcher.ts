import { commerceOf } from '@commerce/feature'
import type { Api } from 'grammy'
import { GrammyError, HttpError } from 'grammy'
import type { ReactionTypeEmoji } from 'grammy/types'
import type { Payload } from 'payload'
import { type DeliveryFailure, deliveryOutcome } from '@/domain/deliveryOutcome'
import { countTelegramThrottle } from '@/shared/observability/metrics'
import { withOrigin } from '@/shared/writeOrigin'
import { recordDeadLetter } from '../integrations/deadLetters'
import { IntegrationError } from '../integrations/integrationError'
import { type SharedSendBudget, sharedSendBudget } from '../sendBudget/sharedSendBudget'
import {
  type ClaimedRow,
  claimOutboxBatch,
  extendLease,
  markDead,
  markSent,
  pendingCount,
  retryLater,
} from './outboxRows'
import {
  type OutgoingCall,
  type OutgoingMessage,
  type OutgoingSignal,
  renderNotifications,
  type TopicRenderer,
} from './rendering'

/** Longer than any call can take: its tries are bounded by their timeouts and waits. */
const CALL_LEASE_MS = 10 * 60_000

export interface DispatcherOptions {
  payload: Payload
  api: Api
  /** Telegram's limits, shared with every server on this database. */
  budget?: SharedSendBudget
  /** Rows claimed at once; about ten seconds of sending at Telegram's pace. Default 300. */
  batchSize?: number
  /** Tries before a row is parked as dead (429 does not count against it). Default 8. */
  maxAttempts?: number
  /** How long a claimed row is this server's before another may take it. Default 60 s. */
  leaseMs?: number
  /** Renderers by topic. Default: those the plugin's features registered. */
  renderers?: Record<string, TopicRenderer>
}

/**
 * Delivers outbox rows to Telegram after their transaction committed: within Telegram's limits,
 * retrying what may succeed later, parking the rest as dead where the admin shows them.
 */
export function createOutboxDispatcher({
  payload,
  api,
  budget = sharedSendBudget(payload),
  batchSize = 300,
  maxAttempts = 8,
  leaseMs = 60_000,
  renderers = Object.assign(
    {},
    ...commerceOf(payload).features.map((feature) => feature.renderers),
  ),
}: DispatcherOptions) {
  /**
   * Copies, edits or sends. A message replacing another is edited in place, or posted anew when
   * that one is gone; a copy made into a deleted thread goes into a new one.
   */
  async function send(message: OutgoingMessage, threadRetried = false): Promise<void> {
    const thread = message.thread ? await message.thread.open(api) : message.threadId
    const options = {
      ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
      ...(thread ? { message_thread_id: thread } : {}),
    }
    if (message.copy) {
      try {
        const { fromChatId, messageIds, album } = message.copy
        const copies = album
          ? await api.copyMessages(message.chatId, fromChatId, messageIds, options)
          : [await api.copyMessage(message.chatId, fromChatId, messageIds[0], options)]
        await message.onSent?.(copies.map((copy) => copy.message_id))
      } catch (error) {
        if (!message.thread || threadRetried || !message.thread.isGone(error)) throw error
        await message.thread.forget()
        await send(message, true)
      }
      return
    }
    const text = message.text ?? ''
    if (message.edit) {
      // A bridged message edited on its side; where Telegram refuses (too old, no text), nothing is lost but the edit.
      if (message.edit.caption)
        await api.editMessageCaption(message.chatId, message.edit.messageId, { caption: text })
      else await api.editMessageText(message.chatId, message.edit.messageId, text)
      return
    }
    if (message.replaces) {
      try {
        await api.editMessageText(message.chatId, message.replaces, text, options)
        return
      } catch (error) {
        if (error instanceof GrammyError && /not modified/i.test(error.description)) return
        if (!(error instanceof GrammyError && error.error_code === 400)) throw error
      }
    }
    const sent = await api.sendMessage(message.chatId, text, options)
    await message.onSent?.([sent.message_id])
  }

  /** A chat action or a reaction: sent only with a slot to spare, else dropped; never retried. */
  async function signal(row: ClaimedRow, { chatId, action, reaction }: OutgoingSignal) {
    try {
      if (await budget.spare()) {
        if (action) await api.sendChatAction(chatId, action)
        if (reaction)
          await api.setMessageReaction(chatId, reaction.messageId, [
            { type: 'emoji', emoji: reaction.emoji as ReactionTypeEmoji['emoji'] },
          ])
      }
    } catch (error) {
      payload.logger.debug({ err: error, row: row.id }, 'outbox: signal dropped')
    }
    await markSent(payload, row.id)
  }

  async function deliver(row: ClaimedRow, message: OutgoingMessage) {
    try {
      await send(message)
      await markSent(payload, row.id)
    } catch (error) {
      const failure = failureOf(error)
      const outcome = deliveryOutcome(failure, row.attempts, maxAttempts, Date.now())
      if (outcome.kind === 'retry') {
        if (failure.code === 429) {
          countTelegramThrottle()
          await budget.pause(outcome.at - Date.now())
        }
        await retryLater(payload, row.id, new Date(outcome.at), outcome.reason)
      } else {
        if (outcome.kind === 'blocked' && message.clientId)
          await markClientBlocked(payload, message.clientId)
        if (outcome.kind === 'blocked') await message.onBlocked?.()
        try {
          await message.onDead?.()
        } catch (deadError) {
          // Left claimed: once its lease runs out the row fails again and its onDead is tried again.
          payload.logger.error({ err: deadError, row: row.id }, 'outbox: onDead failed')
          return
        }
        await markDead(payload, row.id, outcome.reason)
      }
    }
  }

  /**
   * Makes an outside call. A failure the system may get over is tried again with the messages'
   * back-off; after the last try, or at once when the call was refused or answered off contract,
   * it becomes a dead letter whose "retry" writes this row's message again.
   */
  async function perform(row: ClaimedRow, call: OutgoingCall): Promise<void> {
    try {
      // A call's tries, their timeouts and a system's Retry-After can outlast the claim's lease:
      // the row stays this server's for longer, or another would make the same call beside it.
      await extendLease(payload, row.id, CALL_LEASE_MS)
      await call.perform()
      await markSent(payload, row.id)
    } catch (error) {
      const retryable = !(error instanceof IntegrationError) || error.retryable
      const reason = error instanceof Error ? error.message : String(error)
      const outcome = retryable
        ? deliveryOutcome({ description: reason }, row.attempts, maxAttempts, Date.now())
        : ({ kind: 'dead', reason } as const)
      if (outcome.kind === 'retry') {
        await retryLater(payload, row.id, new Date(outcome.at), outcome.reason)
        return
      }
      await recordDeadLetter(payload, {
        integration: call.integration,
        call: call.name,
        payload: row.payload,
        error: reason,
        attempts: row.attempts,
        retry: { topic: row.topic, body: row.payload },
      })
      await markDead(payload, row.id, reason)
    }
  }

  /** Calls in flight: they run beside the rounds, so a slow outside system never holds up a message. */
  const calls = new Set<Promise<void>>()
  function startCall(row: ClaimedRow, call: OutgoingCall): void {
    const running = perform(row, call)
      .catch((error) => payload.logger.error({ err: error, row: row.id }, 'outbox: call failed'))
      .finally(() => calls.delete(running))
    calls.add(running)
  }

  /** One claim-and-send round; returns how many rows it took. */
  async function runOnce(): Promise<number> {
    const rows = await claimOutboxBatch(payload, batchSize, leaseMs)
    if (rows.length === 0) return 0
    // Past half its lease a row could soon be claimed by another server too: rather than wait for
    // its turn (a long 429, a group's queue at 20 a minute), it goes back to the queue.
    const sendBy = Date.now() + leaseMs / 2
    const rendered = await renderNotifications(payload, rows, renderers)
    const sends: Promise<void>[] = []
    for (const row of rows) {
      // Stopping: what was not sent goes back to the queue now, for another server or the next start.
      if (stopping) {
        await retryLater(payload, row.id, new Date(), null, false)
        continue
      }
      const message = rendered.get(row.id)!
      if ('skip' in message) {
        await markDead(payload, row.id, `not sent: ${message.skip}`)
        continue
      }
      if ('nothing' in message) {
        await markSent(payload, row.id)
        continue
      }
      if ('signal' in message) {
        sends.push(signal(row, message.signal))
        continue
      }
      if ('call' in message) {
        startCall(row, message.call)
        continue
      }
      // A chat written to less than its interval ago waits in the queue, not in this loop, so the
      // other chats' messages are not held up behind it; so does a row whose slot is past `sendBy`.
      // A new thread starts with its first message (a support topic's card): one more send, which
      // waits here for the chat's turn, since the first is already spent.
      const departure = (waitForChat = false) =>
        budget.depart(message.chatId, { horizonMs: sendBy - Date.now(), waitForChat })
      let booking = await departure()
      if (booking.go && message.thread && !message.thread.exists) booking = await departure(true)
      if (!booking.go) {
        await retryLater(payload, row.id, new Date(Date.now() + booking.retryInMs), null, false)
        continue
      }
      sends.push(deliver(row, message))
    }
    await Promise.all(sends)
    await budget.prune()
    return rows.length
  }

  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> = Promise.resolve()
  /** Set by `stop`: no next round, and the round in flight hands back the rows it has not sent. */
  let stopping = false

  return {
    runOnce,
    /**
     * Sends until no row is pending, waiting out back-offs; for tests and shutdown. A row written for
     * later and not due before the deadline (the next minute's alert to staff) is left for later.
     */
    async drain(timeoutMs = 30_000): Promise<void> {
      const deadline = Date.now() + timeoutMs
      while (
        (await runOnce()) > 0 ||
        calls.size > 0 ||
        (await pendingCount(payload, new Date(deadline))) > 0
      ) {
        if (Date.now() > deadline) throw new Error('outbox: rows still pending after drain timeout')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    start(pollMs = 500): void {
      stopping = false
      const tick = () => {
        running = runOnce()
          .catch((error) => {
            payload.logger.error({ err: error }, 'outbox dispatcher: round failed')
            return 0
          })
          // A round that found rows may have left more: the next starts at once, not after a poll.
          .then((taken) => {
            if (!stopping) timer = setTimeout(tick, taken > 0 ? 0 : pollMs)
          })
      }
      tick()
    },
    async stop(): Promise<void> {
      stopping = true
      clearTimeout(timer)
      await running
      await Promise.all(calls)
    },
  }
}

export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>

function failureOf(error: unknown): DeliveryFailure {
  if (error instanceof GrammyError) {
    return {
      code: error.error_code,
      description: error.description,
      retryAfterSeconds: error.parameters?.retry_after,
    }
  }
  if (error instanceof HttpError) return { description: `network: ${String(error.error)}` }
  return { description: String(error) }
}

async function markClientBlocked(payload: Payload, clientId: number): Promise<void> {
  await withOrigin({ door: 'job', name: 'outbox' }, () =>
    payload.update({
      collection: 'clients',
      id: clientId,
      data: { telegramBlockedAt: new Date().toISOString() },
      overrideAccess: true,
      context: { actor: 'system' },
    }),
  )
}
