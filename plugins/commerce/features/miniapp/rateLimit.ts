import { type Bucket, type BucketRule, isFull, takeToken } from '@/domain/tokenBucket'

/** A burst of 30 calls, then 5 a second: a shop page's opening burst passes, a script does not. */
export const MINIAPP_RATE: BucketRule = { burst: 30, perSecond: 5 }

/** Beyond this many users tracked, full buckets are forgotten (they would allow the same). */
const SWEEP_ABOVE = 10_000

/**
 * Per Telegram user, in this server's memory: with several app servers a user may make this many
 * calls on each, which still stops a runaway client or script. The answer is null when the call
 * may go ahead, else the seconds to wait (`Retry-After`).
 */
export function rateLimiter(rule: BucketRule = MINIAPP_RATE) {
  const buckets = new Map<number, Bucket>()
  return (userId: number, now = Date.now()): number | null => {
    const taken = takeToken(buckets.get(userId), now, rule)
    buckets.set(userId, taken.bucket)
    if (buckets.size > SWEEP_ABOVE)
      for (const [id, bucket] of buckets) if (isFull(bucket, now, rule)) buckets.delete(id)
    return taken.allowed ? null : Math.max(1, Math.ceil(taken.retryAfterMs / 1000))
  }
}
