import { describe, expect, it } from '@jest/globals'
import {
  MAX_DESK_GRANT,
  parseGrantReply,
  parseStaffReference,
  parseStatsDay,
  roundedDuration,
  topicLink,
} from '@/domain/deskCommands'
import { DESK_ACTIONS, type DeskAction, deskAllows, mayBeAssigned } from '@/domain/deskRoles'

describe('who may use the admin panel inside Telegram', () => {
  const looking: DeskAction[] = ['stats', 'viewClient', 'mine']
  const changing: DeskAction[] = ['block', 'grantCredits', 'assign']

  it('covers every action once between looking and changing', () => {
    expect([...looking, ...changing].sort()).toEqual([...DESK_ACTIONS].sort())
  })

  it.each(DESK_ACTIONS)('admins and managers may %s', (action) => {
    expect(deskAllows(['admin'], action)).toBe(true)
    expect(deskAllows(['manager'], action)).toBe(true)
    expect(deskAllows(['accountant', 'manager'], action)).toBe(true)
  })

  it.each(looking)('an accountant may %s', (action) => {
    expect(deskAllows(['accountant'], action)).toBe(true)
  })

  it.each(changing)('an accountant may not %s', (action) => {
    expect(deskAllows(['accountant'], action)).toBe(false)
  })

  it.each([[[]], [null], [undefined], [['client']], [['']]])(
    'someone holding %p may do nothing',
    (roles) => {
      for (const action of DESK_ACTIONS) expect(deskAllows(roles, action)).toBe(false)
    },
  )

  it('gives conversations to staff only, an accountant included', () => {
    expect(mayBeAssigned(['manager'])).toBe(true)
    expect(mayBeAssigned(['accountant'])).toBe(true)
    expect(mayBeAssigned([])).toBe(false)
    expect(mayBeAssigned(null)).toBe(false)
    expect(mayBeAssigned(['customer'])).toBe(false)
  })
})

describe('admin panel arguments', () => {
  it.each([
    ['', '2038-11-15'],
    ['today', '2038-11-15'],
    [' TODAY ', '2038-11-15'],
    ['2038-11-03', '2038-11-03'],
  ])('/stats %p is the day %s', (arg, day) => {
    expect(parseStatsDay(arg, '2038-11-15')).toBe(day)
  })

  it.each(['yesterday', '2038-02-30', '15.11.2038', 'x'.repeat(5000)])(
    '/stats %p is refused',
    (arg) => {
      expect(parseStatsDay(arg, '2038-11-15')).toBeNull()
    },
  )

  it.each([
    ['@aziz_manager', { username: 'aziz_manager' }],
    ['  @Aziz  ', { username: 'Aziz' }],
    ['me', { me: true }],
    ['Me', { me: true }],
    ['я', { me: true }],
  ])('/assign %p names %p', (arg, reference) => {
    expect(parseStaffReference(arg)).toEqual(reference)
  })

  it.each([
    '',
    'aziz',
    '@',
    '@ab',
    '@a-b-c',
    '@aziz malika',
    `@${'a'.repeat(33)}`,
    '🙂'.repeat(2000),
  ])('/assign %p names nobody', (arg) => {
    expect(parseStaffReference(arg)).toBeNull()
  })

  it.each([
    ['50', { amount: 50, reason: null }],
    ['+50', { amount: 50, reason: null }],
    [' 7  sorry for the wait ', { amount: 7, reason: 'sorry for the wait' }],
    [String(MAX_DESK_GRANT), { amount: MAX_DESK_GRANT, reason: null }],
  ])('a grant reply %p is %p', (text, expected) => {
    expect(parseGrantReply(text)).toEqual(expected)
  })

  it('keeps a grant reason to 200 characters', () => {
    expect(parseGrantReply(`5 ${'x'.repeat(500)}`)?.reason).toHaveLength(200)
  })

  it.each(['', '0', '-5', '5.5', 'fifty', String(MAX_DESK_GRANT + 1), '12345678', '1e3'])(
    'a grant reply %p is refused',
    (text) => {
      expect(parseGrantReply(text)).toBeNull()
    },
  )

  it('links a supergroup topic as t.me/c, and nothing else', () => {
    expect(topicLink(-1001234567890, 42)).toBe('https://t.me/c/1234567890/42')
    expect(topicLink(-123456, 42)).toBeNull()
    expect(topicLink(-1001234567890, null)).toBeNull()
    expect(topicLink(null, 42)).toBeNull()
    expect(topicLink(-100, 42)).toBeNull()
  })

  it.each([
    [0, { unit: 'seconds', seconds: 0 }],
    [-5, { unit: 'seconds', seconds: 0 }],
    [45_400, { unit: 'seconds', seconds: 45 }],
    [59_600, { unit: 'minutes', minutes: 1 }],
    [12 * 60_000 + 29_000, { unit: 'minutes', minutes: 12 }],
    [59 * 60_000 + 40_000, { unit: 'hours', hours: 1, minutes: 0 }],
    [(2 * 60 + 5) * 60_000, { unit: 'hours', hours: 2, minutes: 5 }],
  ])('%p ms reads as %p', (ms, expected) => {
    expect(roundedDuration(ms)).toEqual(expected)
  })
})
