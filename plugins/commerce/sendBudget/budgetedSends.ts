import type { Transformer } from 'grammy'
import { countTelegramThrottle } from '@/shared/observability/metrics'
import type { SharedSendBudget } from './sharedSendBudget'

/** Calls that put a message in a chat: what Telegram counts against its limits. */
const SENDS = /^(send|copyMessage|forwardMessage)/

/** A 429 longer than this is left to the caller: a person's answer should not hang for minutes. */
const LONGEST_RETRY_MS = 10_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Puts the bot's direct sends (answers to updates, sent outside the outbox) in the shared budget:
 * each waits for its slot, and a 429 pauses every server and is retried once its pause is over.
 * Answers to a person in private do not wait out their chat's second; group messages do.
 */
export function budgetedSends(budget: SharedSendBudget): Transformer {
  return async (call, method, payload, signal) => {
    const chatId = (payload as { chat_id?: number | string }).chat_id
    if (!SENDS.test(method) || method === 'sendChatAction' || chatId === undefined)
      return call(method, payload, signal)
    for (;;) {
      const booking = await budget.depart(chatId, { horizonMs: LONGEST_RETRY_MS, reply: true })
      if (!booking.go) {
        await sleep(booking.retryInMs)
        continue
      }
      const result = await call(method, payload, signal)
      const retryAfter = result.ok ? undefined : result.parameters?.retry_after
      if (retryAfter === undefined) return result
      countTelegramThrottle()
      await budget.pause(retryAfter * 1000)
      if (retryAfter * 1000 > LONGEST_RETRY_MS) return result
    }
  }
}
