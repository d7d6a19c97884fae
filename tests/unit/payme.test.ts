import { describe, expect, it } from '@jest/globals'
import {
  cancelStep,
  checkPayable,
  createAgainStep,
  isExpired,
  ledgerStatusOf,
  orderNumberOf,
  PAYME_ERROR,
  PAYME_STATE,
  PAYME_TIMEOUT_MS,
  PaymeError,
  paymeAcceptedKeys,
  paymeAuthorized,
  paymeCheckoutUrl,
  paymeRefundAllowed,
  performStep,
  stillPayable,
} from '@/domain/payme'

const codeOf = (work: () => unknown) => {
  try {
    work()
  } catch (error) {
    if (error instanceof PaymeError) return error.code
    throw error
  }
  return 0
}
const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`

describe('Payme rules', () => {
  it('accepts only Basic Paycom:<key> with the cashbox or the test key', () => {
    expect(paymeAuthorized(basic('Paycom:live'), ['live', 'test'])).toBe(true)
    expect(paymeAuthorized(basic('Paycom:test'), ['live', 'test'])).toBe(true)
    expect(paymeAuthorized(basic('Paycom:livf'), ['live'])).toBe(false)
    expect(paymeAuthorized(basic('Payme:live'), ['live'])).toBe(false)
    expect(paymeAuthorized(basic('Paycom:'), [''])).toBe(false)
    expect(paymeAuthorized('Bearer live', ['live'])).toBe(false)
    expect(paymeAuthorized(null, ['live'])).toBe(false)
    // Lengths differ: refused without timingSafeEqual throwing.
    expect(paymeAuthorized(basic('Paycom:liv'), ['live'])).toBe(false)
    expect(paymeAuthorized(basic('Paycom:livee'), ['live'])).toBe(false)
  })

  it('accepts the test key only in test mode', () => {
    expect(paymeAcceptedKeys({ key: 'live', testKey: 'test' })).toEqual(['live'])
    expect(paymeAcceptedKeys({ key: 'live', testKey: 'test', testMode: false })).toEqual(['live'])
    expect(paymeAcceptedKeys({ key: 'live', testKey: 'test', testMode: true })).toEqual([
      'live',
      'test',
    ])
    expect(paymeAcceptedKeys({ testMode: true })).toEqual([])
  })

  it('performs only while the order is not cancelled and still owes at least the amount', () => {
    expect(stillPayable({ status: 'new', due: 100 }, 100)).toBe(true)
    expect(stillPayable({ status: 'new', due: 150 }, 100)).toBe(true)
    expect(stillPayable({ status: 'new', due: 99 }, 100)).toBe(false)
    expect(stillPayable({ status: 'new', due: 0 }, 100)).toBe(false)
    expect(stillPayable({ status: 'cancelled', due: 100 }, 100)).toBe(false)
  })

  it('lets an order be paid only for exactly what is still owed', () => {
    const order = { status: 'accepted', due: 9_600_000 }
    expect(codeOf(() => checkPayable(order, 9_600_000))).toBe(0)
    expect(codeOf(() => checkPayable(order, 9_599_999))).toBe(PAYME_ERROR.wrongAmount)
    expect(codeOf(() => checkPayable(order, 9_600_001))).toBe(PAYME_ERROR.wrongAmount)
    expect(codeOf(() => checkPayable(order, '9600000'))).toBe(PAYME_ERROR.wrongAmount)
    expect(codeOf(() => checkPayable(null, 1))).toBe(PAYME_ERROR.orderNotFound)
    expect(codeOf(() => checkPayable({ status: 'cancelled', due: 5 }, 5))).toBe(
      PAYME_ERROR.orderNotPayable,
    )
    expect(codeOf(() => checkPayable({ status: 'accepted', due: 0 }, 0))).toBe(
      PAYME_ERROR.orderNotPayable,
    )
  })

  it('keeps account errors within -31050…-31099', () => {
    for (const code of [
      PAYME_ERROR.orderNotFound,
      PAYME_ERROR.orderNotPayable,
      PAYME_ERROR.orderBusy,
    ])
      expect(code <= -31050 && code >= -31099).toBe(true)
  })

  it('times a created transaction out after exactly 12 hours', () => {
    expect(PAYME_TIMEOUT_MS).toBe(43_200_000)
    expect(isExpired(0, PAYME_TIMEOUT_MS)).toBe(false)
    expect(isExpired(0, PAYME_TIMEOUT_MS + 1)).toBe(true)
    expect(performStep(PAYME_STATE.created, 0, PAYME_TIMEOUT_MS + 1)).toBe('expire')
    expect(createAgainStep(PAYME_STATE.created, 0, PAYME_TIMEOUT_MS + 1)).toBe('expire')
  })

  it('performs a created transaction once and refuses a cancelled one', () => {
    expect(performStep(PAYME_STATE.created, 10, 20)).toBe('perform')
    expect(performStep(PAYME_STATE.performed, 10, 20)).toBe('already')
    expect(codeOf(() => performStep(PAYME_STATE.cancelled, 10, 20))).toBe(PAYME_ERROR.cannotPerform)
    expect(codeOf(() => performStep(PAYME_STATE.cancelledAfterPerform, 10, 20))).toBe(
      PAYME_ERROR.cannotPerform,
    )
    expect(createAgainStep(PAYME_STATE.created, 10, 20)).toBe('same')
    expect(codeOf(() => createAgainStep(PAYME_STATE.performed, 10, 20))).toBe(
      PAYME_ERROR.cannotPerform,
    )
  })

  it('cancels before perform, refunds after where allowed, else -31007', () => {
    expect(cancelStep(PAYME_STATE.created, false)).toBe('cancel')
    expect(cancelStep(PAYME_STATE.performed, true)).toBe('refund')
    expect(codeOf(() => cancelStep(PAYME_STATE.performed, false))).toBe(PAYME_ERROR.cannotCancel)
    expect(cancelStep(PAYME_STATE.cancelled, false)).toBe('already')
    expect(cancelStep(PAYME_STATE.cancelledAfterPerform, false)).toBe('already')
    expect(paymeRefundAllowed('accepted', 100, 100)).toBe(true)
    expect(paymeRefundAllowed('delivered', 100, 100)).toBe(false)
    expect(paymeRefundAllowed('given', 100, 100)).toBe(false)
    expect(paymeRefundAllowed('accepted', 99, 100)).toBe(false)
  })

  it('maps states to the ledger and reads the order number Payme sends', () => {
    expect(ledgerStatusOf(PAYME_STATE.created)).toBe('pending')
    expect(ledgerStatusOf(PAYME_STATE.performed)).toBe('succeeded')
    expect(ledgerStatusOf(PAYME_STATE.cancelled)).toBe('failed')
    expect(ledgerStatusOf(PAYME_STATE.cancelledAfterPerform)).toBe('succeeded')
    expect(orderNumberOf({ order_id: '42' })).toBe(42)
    expect(orderNumberOf({ order_id: 42 })).toBe(42)
    expect(orderNumberOf({ order_id: '4 2' })).toBeNull()
    expect(orderNumberOf({})).toBeNull()
    expect(orderNumberOf(null)).toBeNull()
  })

  it('builds the checkout link Payme documents', () => {
    const url = paymeCheckoutUrl('abc123', 42, 9_600_000)
    const [, encoded] = /^https:\/\/checkout\.paycom\.uz\/(.+)$/.exec(url)!
    expect(Buffer.from(encoded, 'base64').toString()).toBe('m=abc123;ac.order_id=42;a=9600000')
  })
})
