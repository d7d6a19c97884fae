import { describe, expect, it } from '@jest/globals'

import { createSendLimiter, TELEGRAM_LIMITS } from '../../src/domain/sendLimiter'

/** The most bookings that fall in any window of `width` ms. */
function busiestWindow(times: number[], width: number): number {
  let most = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= width) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

describe('send limiter', () => {
  it('never books more than 30 messages in any second, and keeps the pace at 30 a second', () => {
    const limiter = createSendLimiter(TELEGRAM_LIMITS)
    const times = Array.from({ length: 1000 }, (_, chat) => limiter.reserve(chat, 0))
    expect(busiestWindow(times, 1000)).toBe(30)
    // 1000 messages at 30/s cannot take less than 33.3 s; the margin costs under 1%.
    expect(times.at(-1)!).toBeGreaterThanOrEqual(33_000)
    expect(times.at(-1)!).toBeLessThan(33_700)
  })

  it('spaces messages to one chat a second apart', () => {
    const limiter = createSendLimiter(TELEGRAM_LIMITS)
    const times = [limiter.reserve(7, 0), limiter.reserve(7, 0), limiter.reserve(7, 0)]
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(1000)
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(1000)
  })

  it('books nothing earlier than now or a pause Telegram asked for', () => {
    const limiter = createSendLimiter(TELEGRAM_LIMITS)
    expect(limiter.reserve(1, 5000)).toBe(5000)
    limiter.pauseUntil(9000)
    expect(limiter.reserve(2, 6000)).toBe(9000)
  })
})
