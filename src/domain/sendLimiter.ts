/**
 * Telegram's limits for a bot: about 30 messages a second in all and one a second per chat.
 * `reserve` hands out the earliest moment a message may go, and books it, so a dispatcher can
 * start many sends at once without ever being told "too many requests".
 */
export interface SendLimits {
  perSecond: number
  perChatIntervalMs: number
  /** Extra room per window, so clock jitter between us and Telegram does not cost a 429. */
  marginMs?: number
}

export interface SendLimiter {
  /** When (ms since epoch, at or after `now`) a message to `chatId` may be sent. */
  reserve: (chatId: number | string, now: number) => number
  /** Telegram said to wait: nothing goes before `until`. */
  pauseUntil: (until: number) => void
}

export const TELEGRAM_LIMITS: SendLimits = { perSecond: 30, perChatIntervalMs: 1000, marginMs: 10 }

export function createSendLimiter({ perSecond, perChatIntervalMs, marginMs = 0 }: SendLimits): SendLimiter {
  const window = 1000 + marginMs
  // Booked moments, oldest first. Bookings never go back in time, so this stays sorted and the
  // next message may go one window after the one `perSecond` places back.
  const booked: number[] = []
  const lastPerChat = new Map<string, number>()
  let pausedUntil = 0

  return {
    reserve(chatId, now) {
      const key = String(chatId)
      let at = Math.max(now, pausedUntil, booked.at(-1) ?? 0)
      if (booked.length >= perSecond) at = Math.max(at, booked[booked.length - perSecond] + window)
      const last = lastPerChat.get(key)
      if (last !== undefined) at = Math.max(at, last + perChatIntervalMs + marginMs)
      booked.push(at)
      if (booked.length > perSecond) booked.shift()
      lastPerChat.set(key, at)
      // Chats last heard from more than a second ago no longer constrain anything.
      if (lastPerChat.size > 10_000) {
        for (const [chat, time] of lastPerChat) if (time + perChatIntervalMs < at) lastPerChat.delete(chat)
      }
      return at
    },
    pauseUntil(until) {
      pausedUntil = Math.max(pausedUntil, until)
    },
  }
}
