import { describe, expect, it } from '@jest/globals'
import {
  balanceAfter,
  costedKind,
  crossedLowBalance,
  entryAmountValid,
  messageCost,
  PASS_WARNING_MS,
  packageCredits,
  parseCreditsCommand,
  passActive,
  passExtended,
  passHoursLeft,
  passWarningDue,
  progressBar,
  refundCheck,
  staffEntryKind,
} from '@/domain/credits'

const NOW = new Date('2026-12-02T10:00:00.000Z')
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)
const COSTS = { text: 1, photo: 2, voice: 3, other: 4 }

describe('what a support message costs', () => {
  it('groups the stored kinds into the four prices', () => {
    expect(
      ['text', 'photo', 'voice', 'audio', 'video_note', 'document', 'sticker', 'location'].map(
        costedKind,
      ),
    ).toEqual(['text', 'photo', 'voice', 'voice', 'voice', 'other', 'other', 'other'])
  })

  it('charges the price of the group, in whole credits and never below zero', () => {
    expect(messageCost('text', COSTS)).toBe(1)
    expect(messageCost('audio', COSTS)).toBe(3)
    expect(messageCost('poll', COSTS)).toBe(4)
    expect(messageCost('text', { ...COSTS, text: 2.9 })).toBe(2)
    expect(messageCost('text', { ...COSTS, text: -5 })).toBe(0)
  })
})

describe('a balance', () => {
  it('moves by an entry, refused (never clipped) when it would go below zero', () => {
    expect(balanceAfter(10, -3)).toBe(7)
    expect(balanceAfter(3, -3)).toBe(0)
    expect(balanceAfter(2, -3)).toBeNull()
    expect(balanceAfter(0, 5)).toBe(5)
    expect(balanceAfter(0, 0)).toBe(0)
  })

  it('warns once, on the entry that takes it from at or above the threshold to below it', () => {
    expect(crossedLowBalance(5, 4, 5)).toBe(true)
    expect(crossedLowBalance(9, 1, 5)).toBe(true)
    expect(crossedLowBalance(4, 3, 5)).toBe(false)
    expect(crossedLowBalance(6, 5, 5)).toBe(false)
    expect(crossedLowBalance(3, 8, 5)).toBe(false)
    expect(crossedLowBalance(1, 0, 0)).toBe(false)
  })

  it('is drawn as ten cells against the largest package, or against itself when larger', () => {
    expect(progressBar(50, 100)).toBe('▰▰▰▰▰▱▱▱▱▱')
    expect(progressBar(0, 100)).toBe('▱▱▱▱▱▱▱▱▱▱')
    expect(progressBar(250, 100)).toBe('▰▰▰▰▰▰▰▰▰▰')
    expect(progressBar(3, 0)).toBe('▰▰▰▰▰▰▰▰▰▰')
    expect(progressBar(0, 0)).toBe('▱▱▱▱▱▱▱▱▱▱')
    expect(progressBar(-4, 10)).toBe('▱▱▱▱▱▱▱▱▱▱')
    expect(progressBar(1, 100)).toBe('▱▱▱▱▱▱▱▱▱▱')
    expect(progressBar(5, 100)).toBe('▰▱▱▱▱▱▱▱▱▱')
    expect(progressBar(2, 4, 4)).toBe('▰▰▱▱')
  })
})

describe('a package', () => {
  it('gives its credits and its bonus', () => {
    expect(packageCredits({ credits: 100, bonus: 20 })).toBe(120)
    expect(packageCredits({ credits: 10, bonus: null })).toBe(10)
    expect(packageCredits({ credits: 10 })).toBe(10)
  })

  it('is refunded whole while the balance still holds what it gave, else refused with the balance', () => {
    expect(refundCheck(50, 80)).toEqual({ ok: true, takeBack: 50 })
    expect(refundCheck(50, 50)).toEqual({ ok: true, takeBack: 50 })
    expect(refundCheck(50, 49)).toEqual({ ok: false, balance: 49 })
  })
})

describe('a pass', () => {
  it('covers the moments before its end', () => {
    expect(passActive(at(1), NOW)).toBe(true)
    expect(passActive(at(0), NOW)).toBe(false)
    expect(passActive(at(-1).toISOString(), NOW)).toBe(false)
    expect(passActive(null, NOW)).toBe(false)
    expect(passActive(undefined, NOW)).toBe(false)
  })

  it('bought while one runs starts when that one ends, else now', () => {
    expect(passExtended(at(30), 24, NOW)).toEqual(at(30 + 24 * 60))
    expect(passExtended(at(-30), 1, NOW)).toEqual(at(60))
    expect(passExtended(null, 1, NOW)).toEqual(at(60))
  })

  it('is warned of within the hour before its end, once per end', () => {
    expect(PASS_WARNING_MS).toBe(60 * 60_000)
    expect(passWarningDue(at(61), null, NOW)).toBe(false)
    expect(passWarningDue(at(60), null, NOW)).toBe(true)
    expect(passWarningDue(at(5), null, NOW)).toBe(true)
    expect(passWarningDue(at(5), at(5), NOW)).toBe(false)
    expect(passWarningDue(at(5), at(5).toISOString(), NOW)).toBe(false)
    // Renewed after its warning: the new end is warned of in its turn.
    expect(passWarningDue(at(30), at(-60 * 23), NOW)).toBe(true)
    expect(passWarningDue(at(0), null, NOW)).toBe(false)
    expect(passWarningDue(at(-5), null, NOW)).toBe(false)
    expect(passWarningDue(null, null, NOW)).toBe(false)
  })

  it('has its hours left rounded up, never below zero', () => {
    expect(passHoursLeft(at(60), NOW)).toBe(1)
    expect(passHoursLeft(at(61), NOW)).toBe(2)
    expect(passHoursLeft(at(1), NOW)).toBe(1)
    expect(passHoursLeft(at(-90), NOW)).toBe(0)
  })
})

describe('a staff grant or take', () => {
  it('reads a signed whole number and a reason', () => {
    expect(parseCreditsCommand('+20 a gift')).toEqual({ amount: 20, reason: 'a gift' })
    expect(parseCreditsCommand('  -5   wrong charge  ')).toEqual({
      amount: -5,
      reason: 'wrong charge',
    })
    expect(parseCreditsCommand('+1 line one\nline two')).toEqual({
      amount: 1,
      reason: 'line one\nline two',
    })
  })

  it('cuts a long reason to 200 characters', () => {
    const parsed = parseCreditsCommand(`+3 ${'x'.repeat(300)}`)
    expect('reason' in parsed && parsed.reason.length).toBe(200)
  })

  it('refuses what is not a signed whole number, and a missing reason', () => {
    for (const text of [
      '',
      '20 a gift',
      '+0 nothing',
      '-0 nothing',
      '+1.5 half',
      'twenty',
      '+1234567 too many',
      '+x',
    ])
      expect([text, parseCreditsCommand(text)]).toEqual([text, { error: 'format' }])
    for (const text of ['+20', '-5   ', '+20\n'])
      expect([text, parseCreditsCommand(text)]).toEqual([text, { error: 'reason' }])
  })
})

describe('a ledger entry', () => {
  it('moves whole credits within a million; a person always moves something', () => {
    expect(entryAmountValid(20, true)).toBe(true)
    expect(entryAmountValid(-1_000_000, true)).toBe(true)
    expect(entryAmountValid(0, false)).toBe(true)
    expect(entryAmountValid(0, true)).toBe(false)
    expect(entryAmountValid(2.5, false)).toBe(false)
    expect(entryAmountValid(1_000_001, false)).toBe(false)
    expect(entryAmountValid(Number.NaN, true)).toBe(false)
  })

  it('written by a person is a grant when it gives and a take when it takes', () => {
    expect(staffEntryKind(5)).toBe('grant')
    expect(staffEntryKind(-5)).toBe('take')
  })
})
