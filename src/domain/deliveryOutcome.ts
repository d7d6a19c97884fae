/** What to do with a message Telegram did not take, from Telegram's answer. */
export type DeliveryOutcome =
  | { kind: 'retry'; at: number; reason: string }
  | { kind: 'dead'; reason: string }
  | { kind: 'blocked'; reason: string }

export interface DeliveryFailure {
  /** HTTP-like code from Telegram; undefined when the request never got an answer. */
  code?: number
  description: string
  retryAfterSeconds?: number
}

const MAX_BACKOFF_MS = 5 * 60_000

export function deliveryOutcome(
  failure: DeliveryFailure,
  attempts: number,
  maxAttempts: number,
  now: number,
): DeliveryOutcome {
  const reason = failure.code ? `${failure.code}: ${failure.description}` : failure.description
  if (failure.code === 403) return { kind: 'blocked', reason }
  // Telegram said how long to wait: that is not a failure of the message, so it never dies of it.
  if (failure.code === 429)
    return { kind: 'retry', at: now + (failure.retryAfterSeconds ?? 1) * 1000, reason }
  const transient = failure.code === undefined || failure.code >= 500
  if (!transient || attempts >= maxAttempts) return { kind: 'dead', reason }
  return { kind: 'retry', at: now + Math.min(1000 * 2 ** (attempts - 1), MAX_BACKOFF_MS), reason }
}
