/**
 * Flood protection for a client's chat with the bot: past `limit` messages within `windowSeconds`
 * the client is slowed down (told once, the extra messages not handled); past `muteAfter` in the
 * same window they are muted for `muteMinutes` (told once, and staff told once per mute).
 */
export interface FloodRule {
  /** Messages handled within the window before the client is slowed down. */
  limit: number
  windowSeconds: number
  /** Messages within the window (handled or not) past which the client is muted. */
  muteAfter: number
  muteMinutes: number
}

export const DEFAULT_FLOOD_RULE: FloodRule = {
  limit: 8,
  windowSeconds: 10,
  muteAfter: 20,
  muteMinutes: 10,
}

/** What one chat did lately; times in epoch milliseconds. */
export interface FloodState {
  /** When the chat's recent messages arrived, oldest first, only those within the window. */
  times: number[]
  /** Whether the client was told they are being slowed down, in this flood. */
  slowedTold: boolean
  /** Muted until then; 0 when not muted. */
  mutedUntil: number
}

export const QUIET: FloodState = { times: [], slowedTold: false, mutedUntil: 0 }

/**
 * - `pass`: handle the message.
 * - `slow`: do not handle it; tell the client (once per flood) when `tell`.
 * - `mute`: the mute starts now: tell the client and staff.
 * - `muted`: do not handle it; say nothing (they were told when the mute started).
 */
export type FloodVerdict =
  | { kind: 'pass' }
  | { kind: 'slow'; tell: boolean }
  | { kind: 'mute'; until: number }
  | { kind: 'muted'; until: number }

/** Missing or nonsensical settings fall back to the defaults, field by field. */
export function floodRuleOf(settings: Partial<Record<keyof FloodRule, unknown>>): FloodRule {
  const pick = (key: keyof FloodRule) => {
    const value = Number(settings[key])
    return Number.isFinite(value) && value >= 1 ? Math.floor(value) : DEFAULT_FLOOD_RULE[key]
  }
  const limit = pick('limit')
  // A mute threshold at or under the limit would mute without slowing first.
  return {
    limit,
    windowSeconds: pick('windowSeconds'),
    muteAfter: Math.max(pick('muteAfter'), limit + 1),
    muteMinutes: pick('muteMinutes'),
  }
}

/**
 * One message from the chat at `now`. An exempt message (an order's step, a payment, a shared
 * contact) is always handled and not counted: a client filling in a form quickly is not flooding,
 * and an order never brings a mute closer.
 */
export function floodVerdict(
  state: FloodState,
  now: number,
  rule: FloodRule,
  exempt = false,
): { verdict: FloodVerdict; state: FloodState } {
  if (exempt) return { verdict: { kind: 'pass' }, state }
  const windowMs = rule.windowSeconds * 1000
  const recent = state.times.filter((at) => now - at < windowMs)
  // Only as many times as the mute threshold needs are kept: memory per chat stays bounded.
  const times = [...recent, now].slice(-(rule.muteAfter + 1))
  if (state.mutedUntil > now)
    return { verdict: { kind: 'muted', until: state.mutedUntil }, state: { ...state, times } }
  if (times.length > rule.muteAfter) {
    const until = now + rule.muteMinutes * 60_000
    return {
      verdict: { kind: 'mute', until },
      // The window starts afresh after the mute: the messages before it are paid for.
      state: { times: [], slowedTold: false, mutedUntil: until },
    }
  }
  if (times.length > rule.limit) {
    return {
      verdict: { kind: 'slow', tell: !state.slowedTold },
      state: { times, slowedTold: true, mutedUntil: 0 },
    }
  }
  // Back under the limit, the flood is over: a next one is told again.
  return { verdict: { kind: 'pass' }, state: { times, slowedTold: false, mutedUntil: 0 } }
}

/** Whether the state tells nothing more than a fresh one at `now`, so it may be forgotten. */
export function isForgettable(state: FloodState, now: number, rule: FloodRule): boolean {
  return state.mutedUntil <= now && state.times.every((at) => now - at >= rule.windowSeconds * 1000)
}

/** What the flood protection needs to know of an update. */
export interface FloodUpdate {
  /** A message (or an edit) a person wrote in a private chat with the bot; anything else is false. */
  privateMessage: boolean
  fromStaff: boolean
  /** A payment's service message (`successful_payment`, `refunded_payment`). */
  payment: boolean
  /** A shared contact: registration and orders ask for it. */
  contact: boolean
  /** A command that starts an order or a payment (`/order`, `/buy`). */
  orderCommand: boolean
  /** The client is inside a flow: an order being put together, registration, a profile edit. */
  inFlow: boolean
}

/**
 * - `free`: not counted and never refused: staff, groups, button presses (every button is one the
 *   bot showed: ordering, payment and the rest; answered within the webhook's own response),
 *   pre-checkout queries (Telegram waits 10 s for the answer) and every other kind of update.
 * - `exempt`: never counted nor refused: payments, shared contacts, a command starting an order
 *   or a payment, an order's steps.
 * - `counted`: counted and refused past the limits.
 */
export function floodSubject(update: FloodUpdate): 'free' | 'exempt' | 'counted' {
  if (!update.privateMessage || update.fromStaff) return 'free'
  if (update.payment || update.contact || update.orderCommand || update.inFlow) return 'exempt'
  return 'counted'
}
