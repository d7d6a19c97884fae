import { describe, expect, it } from '@jest/globals'
import {
  AUTO_RECHARGE_MAX_FAILURES,
  afterDeclinedRecharge,
  offSessionOutcome,
} from '@/domain/credits'

describe('auto-recharge declines', () => {
  it('counts each decline and turns off at the third in a row', () => {
    expect(AUTO_RECHARGE_MAX_FAILURES).toBe(3)
    expect(afterDeclinedRecharge(0)).toEqual({ failures: 1, turnedOff: false })
    expect(afterDeclinedRecharge(1)).toEqual({ failures: 2, turnedOff: false })
    expect(afterDeclinedRecharge(2)).toEqual({ failures: 3, turnedOff: true })
  })

  it('reads a stored count that is odd as what it can', () => {
    expect(afterDeclinedRecharge(-4)).toEqual({ failures: 1, turnedOff: false })
    expect(afterDeclinedRecharge(2.7)).toEqual({ failures: 3, turnedOff: true })
    expect(afterDeclinedRecharge(7)).toEqual({ failures: 8, turnedOff: true })
  })
})

describe('an off-session charge that failed', () => {
  it.each([
    [{ type: 'StripeCardError', code: 'authentication_required' }, 'authentication_required'],
    [{ type: 'card_error', code: 'authentication_required' }, 'authentication_required'],
    [{ type: 'StripeCardError', code: 'card_declined' }, 'declined'],
    [{ type: 'StripeCardError', code: 'expired_card' }, 'declined'],
    [{ type: 'StripeCardError', code: null }, 'declined'],
    [{ type: 'StripeAPIError', code: null }, 'unavailable'],
    [{ type: 'StripeConnectionError' }, 'unavailable'],
    [{}, 'unavailable'],
  ])('%o is %s', (error, outcome) => {
    expect(offSessionOutcome(error)).toBe(outcome)
  })
})
