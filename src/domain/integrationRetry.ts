/** Whether an outside system's HTTP status is worth asking again: it was busy or broken, not refusing. */
export const retryableStatus = (status: number): boolean => status === 429 || status >= 500

/**
 * How long to wait before try `attempt + 1` (attempt counts from 1): doubling from `baseMs`, capped,
 * with up to a quarter of jitter so many callers failing together do not come back together.
 * A `Retry-After` the system gave wins when it is longer.
 */
export function retryDelayMs(
  attempt: number,
  { baseMs = 250, maxMs = 5_000, retryAfterMs = 0, random = Math.random } = {},
): number {
  const doubled = Math.min(baseMs * 2 ** (attempt - 1), maxMs)
  return Math.max(Math.round(doubled * (1 - random() / 4)), Math.min(retryAfterMs, maxMs * 6))
}

/** Names where an answer differs from its contract: `items.3.available: expected number`. */
export function contractDifferences(
  issues: { path: PropertyKey[]; message: string }[],
  limit = 5,
): string {
  const named = issues
    .slice(0, limit)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
  const more = issues.length > limit ? ` (+${issues.length - limit} more)` : ''
  return `${named.join('; ')}${more}`
}
