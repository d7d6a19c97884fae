import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_FLOOD_RULE,
  type FloodState,
  type FloodVerdict,
  floodRuleOf,
  floodSubject,
  floodVerdict,
  isForgettable,
  QUIET,
} from '@/domain/floodControl'

const rule = { limit: 3, windowSeconds: 10, muteAfter: 5, muteMinutes: 2 }

/** Messages at the given times (ms), each exempt when `exempt(i)`; the verdicts and the final state. */
function messages(times: number[], exempt = (_: number) => false, start: FloodState = QUIET) {
  let state = start
  const verdicts: FloodVerdict[] = []
  for (const [i, at] of times.entries()) {
    const answer = floodVerdict(state, at, rule, exempt(i))
    state = answer.state
    verdicts.push(answer.verdict)
  }
  return { verdicts, kinds: verdicts.map((verdict) => verdict.kind), state }
}

describe('flood protection (floodVerdict)', () => {
  it('passes messages up to the limit within the window', () => {
    expect(messages([0, 100, 200]).kinds).toEqual(['pass', 'pass', 'pass'])
  })

  it('slows the client past the limit, telling them once per flood', () => {
    const { verdicts } = messages([0, 1, 2, 3, 4])
    expect(verdicts.slice(3)).toEqual([
      { kind: 'slow', tell: true },
      { kind: 'slow', tell: false },
    ])
  })

  it('mutes past the second threshold, once, then refuses silently until the mute ends', () => {
    const { verdicts, state } = messages([0, 1, 2, 3, 4, 5, 6, 7])
    expect(verdicts[5]).toEqual({ kind: 'mute', until: 5 + 2 * 60_000 })
    expect(verdicts.slice(6).map((verdict) => verdict.kind)).toEqual(['muted', 'muted'])
    // After the mute, a fresh start.
    const after = messages([5 + 2 * 60_000], undefined, state)
    expect(after.kinds).toEqual(['pass'])
  })

  it('forgets messages older than the window: a steady pace is never slowed', () => {
    const times = Array.from({ length: 50 }, (_, i) => i * 3500)
    expect(messages(times).kinds.every((kind) => kind === 'pass')).toBe(true)
  })

  it('tells the next flood again once the first is over', () => {
    const { verdicts } = messages([0, 1, 2, 3, 20_000, 20_001, 20_002, 20_003])
    expect(verdicts[3]).toEqual({ kind: 'slow', tell: true })
    expect(verdicts[7]).toEqual({ kind: 'slow', tell: true })
  })

  it('always passes exempt messages (orders, payments), even while slowed or muted, and never counts them', () => {
    const muted = messages([0, 1, 2, 3, 4, 5])
    expect(muted.kinds.at(-1)).toBe('mute')
    const during = messages([10, 11], () => true, muted.state)
    expect(during.kinds).toEqual(['pass', 'pass'])
    expect(during.state).toEqual(muted.state)
    // Not counted: a form filled in quickly brings no slowing down nor mute closer.
    const flow = messages([0, 1, 2, 3, 4, 5, 6, 7], (i) => i < 7)
    expect(flow.kinds).toEqual(Array(8).fill('pass'))
    expect(flow.state.times).toEqual([7])
  })

  it('keeps at most muteAfter + 1 times per chat however long the flood', () => {
    let state = QUIET
    let most = 0
    for (let at = 0; at < 1_000_000; at += 100) {
      state = floodVerdict(state, at, rule).state
      most = Math.max(most, state.times.length)
    }
    expect(most).toBe(rule.muteAfter + 1)
  })

  it('forgets a quiet chat only when its window and mute are over', () => {
    const { state } = messages([0, 1, 2, 3, 4, 5])
    expect(isForgettable(state, 60_000, rule)).toBe(false)
    expect(isForgettable(state, 5 + 2 * 60_000, rule)).toBe(true)
    expect(isForgettable(messages([0]).state, 9_999, rule)).toBe(false)
    expect(isForgettable(messages([0]).state, 10_000, rule)).toBe(true)
  })
})

describe('the flood rule from the settings (floodRuleOf)', () => {
  it('falls back to the defaults, field by field, for missing or nonsensical values', () => {
    expect(floodRuleOf({})).toEqual(DEFAULT_FLOOD_RULE)
    expect(floodRuleOf({ limit: 0, windowSeconds: -3, muteAfter: 'x', muteMinutes: null })).toEqual(
      DEFAULT_FLOOD_RULE,
    )
    expect(floodRuleOf({ limit: 5.7, windowSeconds: 30 })).toMatchObject({
      limit: 5,
      windowSeconds: 30,
    })
  })

  it('never mutes before slowing: the mute threshold is above the limit', () => {
    expect(floodRuleOf({ limit: 10, muteAfter: 4 }).muteAfter).toBe(11)
  })
})

describe('which updates the flood protection counts (floodSubject)', () => {
  const message = {
    privateMessage: true,
    fromStaff: false,
    payment: false,
    contact: false,
    orderCommand: false,
    inFlow: false,
  }
  it('counts what a client writes in private', () => {
    expect(floodSubject(message)).toBe('counted')
  })
  it('never refuses payments, shared contacts or an order being put together', () => {
    expect(floodSubject({ ...message, payment: true })).toBe('exempt')
    expect(floodSubject({ ...message, contact: true })).toBe('exempt')
    expect(floodSubject({ ...message, inFlow: true })).toBe('exempt')
    expect(floodSubject({ ...message, orderCommand: true })).toBe('exempt')
  })
  it('leaves staff, groups, buttons and pre-checkout queries alone', () => {
    expect(floodSubject({ ...message, fromStaff: true })).toBe('free')
    expect(floodSubject({ ...message, privateMessage: false })).toBe('free')
  })
})
