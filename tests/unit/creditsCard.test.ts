import { describe, expect, it } from '@jest/globals'
import {
  AUTO_RECHARGE_MAX_FAILURES,
  afterDeclinedRecharge,
  cardPaymentCredits,
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

describe('what a card payment gives', () => {
  const offer = { credits: 12, price: 1_500_000, currency: 'UZS' }

  it('gives the offer’s credits for its price in its currency', () => {
    expect(cardPaymentCredits(offer, { amount: 1_500_000, currency: 'uzs' })).toEqual({
      ok: true,
      credits: 12,
    })
    // An offer from before the currency rode along is held to its price alone.
    expect(
      cardPaymentCredits({ credits: 12, price: 100 }, { amount: 100, currency: 'usd' }),
    ).toEqual({ ok: true, credits: 12 })
  })

  it.each([
    [offer, { amount: 1_499_999, currency: 'uzs' }, 'paid 1499999, the price is 1500000 (UZS)'],
    [offer, { amount: 0, currency: 'uzs' }, 'paid 0, the price is 1500000 (UZS)'],
    [offer, { amount: 1_500_000, currency: 'usd' }, 'paid in USD, the price is in UZS'],
    [{ ...offer, credits: Number.NaN }, { amount: 1_500_000, currency: 'uzs' }, 'no credits'],
    [{ ...offer, price: 0 }, { amount: 0, currency: 'uzs' }, 'no credits'],
    [{ ...offer, credits: 2.5 }, { amount: 1_500_000, currency: 'uzs' }, 'no credits'],
  ])('gives nothing for %o paid %o', (asked, paid, reason) => {
    const check = cardPaymentCredits(asked, paid)
    expect(check.ok).toBe(false)
    expect(check.ok === false && check.reason).toContain(reason)
  })
})
