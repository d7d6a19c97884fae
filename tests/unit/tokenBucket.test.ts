import { describe, expect, it } from '@jest/globals'
import { type Bucket, isFull, takeToken } from '@/domain/tokenBucket'

const rule = { burst: 30, perSecond: 5 }

function calls(count: number, at: (i: number) => number, start?: Bucket) {
  let bucket = start
  const answers: boolean[] = []
  for (let i = 0; i < count; i++) {
    const taken = takeToken(bucket, at(i), rule)
    bucket = taken.bucket
    answers.push(taken.allowed)
  }
  return { answers, bucket: bucket! }
}

describe('the Mini App rate limit (token bucket)', () => {
  it('allows a burst of 30 at once, then refuses with the wait for the next call', () => {
    const { answers, bucket } = calls(30, () => 1000)
    expect(answers.every(Boolean)).toBe(true)
    const refused = takeToken(bucket, 1000, rule)
    expect(refused).toEqual({ allowed: false, bucket: expect.anything(), retryAfterMs: 200 })
  })

  it('then allows 5 calls a second', () => {
    const { bucket } = calls(30, () => 0)
    const { answers } = calls(10, (i) => 100 * (i + 1), bucket)
    // One token every 200 ms: every second call of ten made 100 ms apart.
    expect(answers.filter(Boolean)).toHaveLength(5)
  })

  it('a refused call takes nothing, and a long pause refills to the burst, never beyond', () => {
    const { bucket } = calls(31, () => 0)
    expect(takeToken(bucket, 200, rule).allowed).toBe(true)
    expect(isFull(bucket, 60_000, rule)).toBe(true)
    const { answers } = calls(31, () => 60_000, bucket)
    expect(answers.filter(Boolean)).toHaveLength(30)
  })
})
