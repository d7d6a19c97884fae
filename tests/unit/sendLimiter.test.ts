import { describe, expect, it } from '@jest/globals'

import { createSendLimiter, type SendLimiter, TELEGRAM_LIMITS } from '@/domain/sendLimiter'

/** Sends to `chats` one after another on a simulated clock; returns the departure times. */
function departures(limiter: SendLimiter, chats: number[], start = 0): number[] {
  let now = start
  return chats.map((chat) => {
    for (let wait = limiter.tryAcquire(chat, now); wait > 0; wait = limiter.tryAcquire(chat, now))
      now += wait
    return now
  })
}

/** The most departures that fall in any window of `width` ms. */
function busiestWindow(times: number[], width: number): number {
  let most = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= width) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

describe('send limiter', () => {
  it('never lets more than 30 messages go in any second, and keeps the pace at 30 a second', () => {
    const times = departures(
      createSendLimiter(TELEGRAM_LIMITS),
      Array.from({ length: 1000 }, (_, chat) => chat),
    )
    expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(30)
    // 1000 messages at 30/s cannot take less than 33.3 s; the margin costs about 4%.
    expect(times.at(-1)!).toBeGreaterThanOrEqual(33_000)
    expect(times.at(-1)!).toBeLessThan(34_800)
  })

  it('spaces messages to one chat a second apart', () => {
    const times = departures(createSendLimiter(TELEGRAM_LIMITS), [7, 7, 7])
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(1000)
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(1000)
  })

  it('keeps a group (negative chat id) to 20 messages a minute without holding up private chats', () => {
    const group = -100123
    const limiter = createSendLimiter(TELEGRAM_LIMITS)
    const times = departures(limiter, Array(21).fill(group))
    expect(busiestWindow(times, 60_000)).toBeLessThanOrEqual(20)
    expect(limiter.tryAcquire(42, times.at(-1)! + 100)).toBe(0)
  })

  it('waits out a pause Telegram asked for', () => {
    const limiter = createSendLimiter(TELEGRAM_LIMITS)
    expect(limiter.tryAcquire(1, 5000)).toBe(0)
    limiter.pauseUntil(9000)
    expect(limiter.pausedFor(6000)).toBe(3000)
    expect(limiter.tryAcquire(2, 6000)).toBe(3000)
    expect(limiter.tryAcquire(2, 9000)).toBe(0)
    expect(limiter.pausedFor(9000)).toBe(0)
  })
})

describe('per-chat readiness', () => {
  it('tells how long a chat must wait, leaving other chats free', () => {
    const limiter = createSendLimiter(TELEGRAM_LIMITS)
    expect(limiter.tryAcquire(7, 0)).toBe(0)
    expect(limiter.chatReadyIn(7, 400)).toBe(1000 + (TELEGRAM_LIMITS.marginMs ?? 0) - 400)
    expect(limiter.chatReadyIn(8, 400)).toBe(0)
  })
})
