/** A token bucket: how many calls are left and when it was last counted. */
export interface Bucket {
  tokens: number
  /** Milliseconds since the epoch. */
  at: number
}

export interface BucketRule {
  /** Calls allowed at once from a full bucket. */
  burst: number
  /** Calls a second the bucket refills by. */
  perSecond: number
}

export type Take =
  | { allowed: true; bucket: Bucket }
  | { allowed: false; bucket: Bucket; retryAfterMs: number }

/**
 * One call against the bucket at `now`: a burst up to `burst`, then `perSecond`. A refused call
 * takes nothing, and says how long until the next one is allowed.
 */
export function takeToken(bucket: Bucket | undefined, now: number, rule: BucketRule): Take {
  const elapsed = bucket ? Math.max(now - bucket.at, 0) : 0
  const tokens = Math.min(
    rule.burst,
    (bucket?.tokens ?? rule.burst) + (elapsed / 1000) * rule.perSecond,
  )
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, at: now } }
  return {
    allowed: false,
    bucket: { tokens, at: now },
    retryAfterMs: Math.ceil(((1 - tokens) / rule.perSecond) * 1000),
  }
}

/** Whether the bucket has refilled completely by `now`, so forgetting it changes nothing. */
export function isFull(bucket: Bucket, now: number, rule: BucketRule): boolean {
  return bucket.tokens + ((now - bucket.at) / 1000) * rule.perSecond >= rule.burst
}
