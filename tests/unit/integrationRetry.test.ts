import { describe, expect, it } from '@jest/globals'
import { contractDifferences, retryableStatus, retryDelayMs } from '@/domain/integrationRetry'

describe('asking an outside system again', () => {
  it('retries what was busy or broken, never a refusal', () => {
    expect([429, 500, 502, 503, 504].every(retryableStatus)).toBe(true)
    expect([400, 401, 403, 404, 409, 422].some(retryableStatus)).toBe(false)
  })

  it('doubles the wait, with jitter below it, up to a cap', () => {
    const exact = { random: () => 0 }
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, exact))).toEqual([
      250, 500, 1000, 2000,
    ])
    expect(retryDelayMs(20, exact)).toBe(5000)
    expect(retryDelayMs(1, { random: () => 1 })).toBe(188)
  })

  it("waits as long as the system's Retry-After asks, within reason", () => {
    expect(retryDelayMs(1, { random: () => 0, retryAfterMs: 3000 })).toBe(3000)
    expect(retryDelayMs(1, { random: () => 0, retryAfterMs: 3_600_000 })).toBe(30_000)
  })

  it('names where an answer differs from its contract', () => {
    const issues = [
      { path: ['items', 3, 'available'], message: 'expected number' },
      { path: [], message: 'expected object' },
    ]
    expect(contractDifferences(issues)).toBe(
      'items.3.available: expected number; (root): expected object',
    )
    expect(contractDifferences(issues, 1)).toBe('items.3.available: expected number (+1 more)')
  })
})
