/**
 * Telegram's limits for a bot: about 30 messages a second in all, one a second per chat and 20 a
 * minute per group (groups have negative chat ids). Every server sending for one bot shares one
 * budget, so the rule decides from a stored state, not from what one process remembers.
 *
 * Departures are booked one slot at a time, evenly spaced rather than in bursts of 30, so jitter on
 * the way cannot crowd a second. The next slot follows the previous slot, not the moment its
 * sender woke up: a late timer costs that message a few milliseconds, not the pace.
 */
export interface SendLimits {
  perSecond: number
  perChatIntervalMs: number
  /** Between two messages to one group. */
  perGroupIntervalMs: number
  /** Extra room per window for network jitter between our clock and Telegram's. */
  marginMs: number
  /**
   * A slot woken up to later than this is given up and booked anew: kept under `marginMs`, no
   * second can hold more than `perSecond` departures however late a busy machine wakes a sender.
   */
  latenessMs: number
}

export const TELEGRAM_LIMITS: SendLimits = {
  perSecond: 30,
  perChatIntervalMs: 1000,
  perGroupIntervalMs: 3000,
  // 40 ms of network jitter between a server and Telegram is absorbed; the pace costs 7%.
  marginMs: 70,
  latenessMs: 30,
}

/** Times in epoch milliseconds; 0 when nothing was ever booked. */
export interface BudgetState {
  /** The bot's next free slot (later than its last booked one, or the end of a pause). */
  nextAt: number
  /** When this chat may be written to again. */
  chatNextAt: number
}

export interface DepartureRequest {
  chatId: number | string
  now: number
  /** How far ahead a slot may be booked; a sender holding a lease books no further than it. */
  horizonMs: number
  /**
   * An answer to someone who just wrote in private: it does not wait out that chat's second
   * (Telegram lets a conversation burst), though it counts against the chat for what follows.
   */
  reply?: boolean
}

export type Departure =
  /** Booked: send at `at`; store `state`. */
  | { go: true; at: number; state: BudgetState }
  /** Nothing booked; ask again at `retryAt`. `chat`: this chat is busy, others may go sooner. */
  | { go: false; retryAt: number; reason: 'chat' | 'busy' }

export const isGroupChat = (chatId: number | string) => Number(chatId) < 0

export function bookDeparture(
  state: BudgetState,
  { chatId, now, horizonMs, reply = false }: DepartureRequest,
  limits: SendLimits = TELEGRAM_LIMITS,
): Departure {
  const slot = Math.max(now, state.nextAt)
  const waitsForChat = !reply || isGroupChat(chatId)
  // Booking past a busy chat's turn would leave the slots before it empty: the chat waits instead.
  if (waitsForChat && state.chatNextAt > slot)
    return { go: false, retryAt: state.chatNextAt, reason: 'chat' }
  if (slot - now > horizonMs) return { go: false, retryAt: slot, reason: 'busy' }
  const interval = isGroupChat(chatId) ? limits.perGroupIntervalMs : limits.perChatIntervalMs
  return {
    go: true,
    at: slot,
    state: {
      nextAt: slot + (1000 + limits.marginMs) / limits.perSecond,
      chatNextAt: Math.max(state.chatNextAt, slot + interval + limits.marginMs),
    },
  }
}

/** Whether a booked slot was missed (its sender woke too late to use it) and must be booked anew. */
export function missedSlot(at: number, now: number, limits: SendLimits = TELEGRAM_LIMITS): boolean {
  return now - at > limits.latenessMs
}
