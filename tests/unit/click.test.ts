import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import {
  CLICK_ERROR,
  CLICK_HOLD_MS,
  ClickRefusal,
  checkPrepare,
  clickCheckoutUrl,
  clickSign,
  clickSignValid,
  clickStillHolds,
  completeStep,
  parseClickRequest,
  somToTiyin,
  tiyinToSom,
} from '@/domain/click'

const SECRET = 'secret-key'
const base = {
  click_trans_id: '111',
  service_id: '22',
  click_paydoc_id: '333',
  merchant_trans_id: '44',
  amount: '96000.00',
  action: '0',
  error: '0',
  sign_time: '2038-07-01 10:00:00',
}
const codeOf = (work: () => unknown) => {
  try {
    work()
  } catch (error) {
    if (error instanceof ClickRefusal) return error.code
    throw error
  }
  return 0
}

describe('Click rules', () => {
  it('signs as Click documents, with merchant_prepare_id on complete only', () => {
    const md5 = (text: string) => createHash('md5').update(text).digest('hex')
    expect(clickSign(base, SECRET)).toBe(md5(`11122${SECRET}4496000.000${base.sign_time}`))
    expect(clickSign({ ...base, action: '1', merchant_prepare_id: '5' }, SECRET)).toBe(
      md5(`11122${SECRET}44596000.001${base.sign_time}`),
    )
  })

  it('refuses a sign_string off by one character', () => {
    const sign = clickSign(base, SECRET)
    expect(clickSignValid({ ...base, sign_string: sign }, SECRET)).toBe(true)
    expect(clickSignValid({ ...base, sign_string: sign.toUpperCase() }, SECRET)).toBe(true)
    const off = `${sign.slice(0, -1)}${sign.endsWith('0') ? '1' : '0'}`
    expect(clickSignValid({ ...base, sign_string: off }, SECRET)).toBe(false)
    expect(clickSignValid({ ...base, sign_string: sign.slice(1) }, SECRET)).toBe(false)
  })

  it('reads so\u2019m with decimals into tiyin exactly', () => {
    expect(somToTiyin('96000')).toBe(9_600_000)
    expect(somToTiyin('96000.00')).toBe(9_600_000)
    expect(somToTiyin('96000.5')).toBe(9_600_050)
    expect(somToTiyin('0.01')).toBe(1)
    expect(somToTiyin('1000.10')).toBe(100_010)
    for (const bad of ['', '-1', '1e5', '1.234', '1,5', ' ', 'abc', '1.'])
      expect(somToTiyin(bad)).toBeNull()
    expect(tiyinToSom(9_600_050)).toBe('96000.50')
    expect(tiyinToSom(1)).toBe('0.01')
  })

  it('asks for every field, and for merchant_prepare_id on complete', () => {
    const form = { ...base, sign_string: 'x' }
    expect(codeOf(() => parseClickRequest(form, 0))).toBe(0)
    expect(codeOf(() => parseClickRequest({ ...form, amount: '' }, 0))).toBe(CLICK_ERROR.badRequest)
    expect(codeOf(() => parseClickRequest(form, 1))).toBe(CLICK_ERROR.badRequest)
    expect(codeOf(() => parseClickRequest({ ...form, click_trans_id: 'abc' }, 0))).toBe(
      CLICK_ERROR.badRequest,
    )
    expect(codeOf(() => parseClickRequest({ ...form, error: 'x' }, 0))).toBe(CLICK_ERROR.badRequest)
  })

  it('prepares an order owed exactly the amount, not paid, not cancelled', () => {
    const order = { status: 'accepted', due: 100, paid: false }
    expect(codeOf(() => checkPrepare(order, 100))).toBe(0)
    expect(codeOf(() => checkPrepare(order, 99))).toBe(CLICK_ERROR.wrongAmount)
    expect(codeOf(() => checkPrepare(order, null))).toBe(CLICK_ERROR.wrongAmount)
    expect(codeOf(() => checkPrepare(null, 100))).toBe(CLICK_ERROR.orderNotFound)
    expect(codeOf(() => checkPrepare({ ...order, due: 0, paid: true }, 100))).toBe(
      CLICK_ERROR.alreadyPaid,
    )
    expect(codeOf(() => checkPrepare({ ...order, status: 'cancelled' }, 100))).toBe(
      CLICK_ERROR.transactionCancelled,
    )
  })

  it('completes once; Click\u2019s own error cancels', () => {
    expect(completeStep('prepared', 0)).toBe('complete')
    expect(completeStep('prepared', -5017)).toBe('cancel')
    expect(completeStep('completed', 0)).toBe('already-paid')
    expect(completeStep('cancelled', 0)).toBe('cancelled')
  })

  it('builds the payment link Click documents', () => {
    expect(clickCheckoutUrl('22', '11', 44, 9_600_000)).toBe(
      'https://my.click.uz/services/pay?service_id=22&merchant_id=11&amount=96000.00&transaction_param=44',
    )
  })
})

describe('a prepared Click payment', () => {
  it('holds the order for 30 minutes, and no longer', () => {
    const prepared = Date.parse('2038-07-01T10:00:00Z')
    expect(clickStillHolds(prepared, prepared)).toBe(true)
    expect(clickStillHolds(prepared, prepared + CLICK_HOLD_MS)).toBe(true)
    expect(clickStillHolds(prepared, prepared + CLICK_HOLD_MS + 1)).toBe(false)
  })
})
