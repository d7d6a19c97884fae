import { describe, expect, it } from '@jest/globals'

import { type BudgetState, bookDeparture, missedSlot, TELEGRAM_LIMITS } from '@/domain/sendBudget'

/**
 * One shared budget on a simulated clock: each message asks until it is booked, as a sender does
 * (waiting for `retryAt`), and its departure time is returned.
 */
function departures(chats: number[], { reply = false, start = 0 } = {}): number[] {
  let nextAt = 0
  const chatNextAt = new Map<number, number>()
  let now = start
  return chats.map((chatId) => {
    for (;;) {
      const state: BudgetState = { nextAt, chatNextAt: chatNextAt.get(chatId) ?? 0 }
      const booked = bookDeparture(state, { chatId, now, horizonMs: 60_000, reply })
      if (!booked.go) {
        now = booked.retryAt
        continue
      }
      nextAt = booked.state.nextAt
      chatNextAt.set(chatId, booked.state.chatNextAt)
      return booked.at
    }
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

describe('send budget', () => {
  it('never lets more than 30 messages go in any second, and keeps the pace at 30 a second', () => {
    const times = departures(Array.from({ length: 1000 }, (_, chat) => chat))
    expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(30)
    // 1000 messages at 30/s cannot take less than 33.3 s; the margin costs about 7%.
    expect(times.at(-1)!).toBeGreaterThanOrEqual(33_000)
    expect(times.at(-1)!).toBeLessThan(35_700)
  })

  it('spaces messages to one chat a second apart', () => {
    const times = departures([7, 7, 7])
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(1000)
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(1000)
  })

  it('keeps a group (negative chat id) to 20 messages a minute, even for replies', () => {
    expect(busiestWindow(departures(Array(21).fill(-100123)), 60_000)).toBeLessThanOrEqual(20)
    const replies = departures(Array(21).fill(-100123), { reply: true })
    expect(busiestWindow(replies, 60_000)).toBeLessThanOrEqual(20)
  })

  it("answers a person in private at once, and still keeps the bot's pace", () => {
    const times = departures([5, 5, 5], { reply: true })
    expect(times[2] - times[0]).toBeLessThan(100)
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(1000 / 30)
  })

  it('tells a busy chat to wait without booking, so the slots before its turn stay free', () => {
    const state = { nextAt: 1000, chatNextAt: 2500 }
    expect(bookDeparture(state, { chatId: 9, now: 1000, horizonMs: 60_000 })).toEqual({
      go: false,
      retryAt: 2500,
      reason: 'chat',
    })
    const other = bookDeparture({ ...state, chatNextAt: 0 }, { chatId: 8, now: 1000, horizonMs: 0 })
    expect(other).toMatchObject({ go: true, at: 1000 })
  })

  it('books no further ahead than the horizon (a pause Telegram asked for, a long queue)', () => {
    const paused = { nextAt: 9000, chatNextAt: 0 }
    expect(bookDeparture(paused, { chatId: 2, now: 6000, horizonMs: 1000 })).toEqual({
      go: false,
      retryAt: 9000,
      reason: 'busy',
    })
    expect(bookDeparture(paused, { chatId: 2, now: 6000, horizonMs: 5000 })).toMatchObject({
      go: true,
      at: 9000,
    })
  })

  it('follows the booked slot, not a late wake-up, so lateness does not add up', () => {
    const first = bookDeparture({ nextAt: 0, chatNextAt: 0 }, { chatId: 1, now: 0, horizonMs: 1e4 })
    if (!first.go) throw new Error('not booked')
    // The second sender asks 5 ms before its slot: it gets the slot itself, not "now + spacing".
    const second = bookDeparture(
      { nextAt: first.state.nextAt, chatNextAt: 0 },
      { chatId: 2, now: first.state.nextAt - 5, horizonMs: 1e4 },
    )
    expect(second).toMatchObject({ go: true, at: first.state.nextAt })
  })

  it('keeps any second within 30 when senders wake up late: a slot missed by too much is booked anew', () => {
    // Two senders sharing the budget, each booking when it is free and waking up to 3× the
    // tolerated lateness after its slot: one's late message would crowd the other's on time.
    let nextAt = 0
    const freeAt = [0, 0]
    const sent: number[] = []
    let random = 7
    const lateness = () => {
      random = (random * 16_807) % 2_147_483_647
      return ((random % 1000) / 1000) * 3 * TELEGRAM_LIMITS.latenessMs
    }
    while (sent.length < 2000) {
      const sender = freeAt[0] <= freeAt[1] ? 0 : 1
      const booked = bookDeparture(
        { nextAt, chatNextAt: 0 },
        { chatId: sent.length, now: freeAt[sender], horizonMs: 1e4 },
      )
      if (!booked.go) throw new Error('a distinct chat is never busy')
      nextAt = booked.state.nextAt
      freeAt[sender] = booked.at + lateness()
      if (!missedSlot(booked.at, freeAt[sender])) sent.push(freeAt[sender])
    }
    expect(busiestWindow(sent, 1000)).toBeLessThanOrEqual(30)
    expect(TELEGRAM_LIMITS.latenessMs).toBeLessThan(TELEGRAM_LIMITS.marginMs)
  })
})
