import { describe, expect, it } from '@jest/globals'

import {
  amountDue,
  cardLinkFits,
  checkRefund,
  leftToPay,
  type MoneyMovement,
  orderMoneyOf,
  owesLessThanBefore,
  paymentStatusOf,
  refundableAmount,
  refundableOfPayment,
  refundReferenceOf,
} from '@/domain/payments'

const payment = (amount: number, status: MoneyMovement['status'] = 'succeeded'): MoneyMovement => ({
  kind: 'payment',
  status,
  amount,
})
const refund = (amount: number, status: MoneyMovement['status'] = 'succeeded'): MoneyMovement => ({
  kind: 'refund',
  status,
  amount,
})

describe('payment status', () => {
  it.each([
    ['nothing yet', [], 'unpaid'],
    ['a checkout under way', [payment(96_000_00, 'pending')], 'pending'],
    ['a failed checkout', [payment(96_000_00, 'failed')], 'unpaid'],
    ['paid in full', [payment(96_000_00)], 'paid'],
    ['paid in two parts', [payment(50_000_00), payment(46_000_00)], 'paid'],
    ['paid in part', [payment(50_000_00)], 'partially_paid'],
    [
      'paid in part with a card link waiting for the rest',
      [payment(50_000_00), payment(46_000_00, 'pending')],
      'partially_paid',
    ],
    ['half refunded', [payment(96_000_00), refund(48_000_00)], 'partially_refunded'],
    ['refunded in full', [payment(96_000_00), refund(48_000_00), refund(48_000_00)], 'refunded'],
    ['a refund not yet through', [payment(96_000_00), refund(48_000_00, 'pending')], 'paid'],
    ['disputed', [payment(96_000_00, 'disputed')], 'disputed'],
  ] as const)('%s', (_, movements, status) => {
    expect(paymentStatusOf(96_000_00, movements)).toBe(status)
  })

  it('ends the same whatever order the movements arrive in', () => {
    const movements = [payment(96_000_00), refund(10_000_00), refund(5_000_00)]
    const orders = [movements, [...movements].reverse(), [movements[1], movements[0], movements[2]]]
    expect(new Set(orders.map((list) => paymentStatusOf(96_000_00, list)))).toEqual(
      new Set(['partially_refunded']),
    )
  })
})

describe('refunds', () => {
  it('can give back what was received less refunds made or under way', () => {
    const movements = [
      payment(96_000_00),
      refund(40_000_00),
      refund(6_000_00, 'pending'),
      refund(1_000_00, 'failed'),
    ]
    expect(refundableAmount(movements)).toBe(50_000_00)
    expect(checkRefund(movements, 50_000_00)).toEqual({ ok: true })
    expect(checkRefund(movements, 50_000_01)).toEqual({
      ok: false,
      message: {
        ru: 'Вернуть можно не больше 50 000 сум',
        uz: "Ko'pi bilan 50 000 so'm qaytarish mumkin",
        en: "At most 50 000 so'm can still be refunded",
      },
      refundable: 50_000_00,
    })
    expect(checkRefund(movements, 0)).toMatchObject({ ok: false })
    expect(checkRefund(movements, 1.5)).toMatchObject({ ok: false })
    expect(refundableAmount([payment(96_000_00, 'pending')])).toBe(0)
  })
})

describe('what is due and what one payment can give back', () => {
  it('asks only for what is not received yet, and nothing for a cancelled order', () => {
    expect(amountDue(96_000_00, [])).toBe(96_000_00)
    expect(
      amountDue(96_000_00, [
        payment(50_000_00),
        payment(10_000_00, 'pending'),
        payment(5_000_00, 'failed'),
      ]),
    ).toBe(46_000_00)
    expect(amountDue(96_000_00, [payment(96_000_00), refund(96_000_00)])).toBe(0)
  })

  it('leaves to pay the total less what was received, whatever was refunded, and nothing on a cancelled or disputed order', () => {
    const partlyPaidThenRefunded = orderMoneyOf(96_000_00, [payment(50_000_00), refund(10_000_00)])
    expect(partlyPaidThenRefunded).toEqual({
      paymentStatus: 'partially_refunded',
      amountPaid: 50_000_00,
      amountRefunded: 10_000_00,
    })
    expect(leftToPay({ status: 'accepted', total: 96_000_00, ...partlyPaidThenRefunded })).toBe(
      46_000_00,
    )
    expect(
      leftToPay({ status: 'accepted', total: 96_000_00, paymentStatus: 'pending', amountPaid: 0 }),
    ).toBe(96_000_00)
    expect(
      leftToPay({
        status: 'accepted',
        total: 96_000_00,
        ...orderMoneyOf(96_000_00, [payment(96_000_00)]),
      }),
    ).toBe(0)
    expect(leftToPay({ status: 'cancelled', total: 96_000_00, amountPaid: 0 })).toBe(0)
    expect(
      leftToPay({ status: 'accepted', total: 96_000_00, paymentStatus: 'disputed', amountPaid: 0 }),
    ).toBe(0)
  })

  it('ties refunds to the payment with the same provider and reference', () => {
    const card = { ...payment(46_000_00), provider: 'stripe', reference: 'pi_1' }
    const transfer = { ...payment(50_000_00), provider: 'bank_transfer', reference: 'PP-7' }
    const movements = [
      transfer,
      card,
      { ...refund(40_000_00), provider: 'stripe', reference: 'pi_1' },
      { ...refund(1_000_00, 'failed'), provider: 'bank_transfer', reference: 'PP-7' },
    ]
    expect(refundableOfPayment(card, movements)).toBe(6_000_00)
    expect(refundableOfPayment(transfer, movements)).toBe(50_000_00)
  })

  it('tells apart payments without a reference by their own id', () => {
    const first = { ...payment(50_000_00), provider: 'cash', reference: null, externalId: 'cash:a' }
    const second = {
      ...payment(30_000_00),
      provider: 'cash',
      reference: null,
      externalId: 'cash:b',
    }
    const movements = [
      first,
      second,
      { ...refund(30_000_00), provider: 'cash', reference: refundReferenceOf(second) },
    ]
    expect(refundableOfPayment(second, movements)).toBe(0)
    expect(refundableOfPayment(first, movements)).toBe(50_000_00)
  })
})

describe('card links', () => {
  const order = { status: 'accepted', paymentStatus: 'pending', total: 9_600_000, amountPaid: 0 }

  it('are stale once the order owes less than before: paid another way, cancelled or disputed', () => {
    expect(owesLessThanBefore(order, { ...order, amountPaid: 1_600_000 })).toBe(true)
    expect(owesLessThanBefore(order, { ...order, status: 'cancelled' })).toBe(true)
    expect(owesLessThanBefore(order, { ...order, paymentStatus: 'disputed' })).toBe(true)
    expect(owesLessThanBefore(order, { ...order, total: 8_000_000 })).toBe(true)
    expect(owesLessThanBefore(order, { ...order, total: 12_000_000 })).toBe(false)
    expect(owesLessThanBefore(order, { ...order, status: 'preparing' })).toBe(false)
    expect(owesLessThanBefore(undefined, order)).toBe(false)
  })

  it('fit only when they ask exactly what is owed', () => {
    expect(cardLinkFits(9_600_000, order)).toBe(true)
    expect(cardLinkFits(9_600_000, { ...order, amountPaid: 1_600_000 })).toBe(false)
    expect(cardLinkFits(0, { ...order, status: 'cancelled' })).toBe(false)
  })
})
