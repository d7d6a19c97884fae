import { describe, expect, it } from '@jest/globals'

import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  deliveryStatusAfter,
  isDeliveryStatus,
  orderMovesFor,
  READY_TO_LEAVE,
  reached,
  shouldCancelDelivery,
  shouldRequestDelivery,
  staffAttention,
} from '@/domain/courier'
import { courierSignatureValid, signCourierBody } from '@/domain/courierSignature'
import { checkTransition, ORDER_STATUSES, type OrderStatus } from '@/domain/orderWorkflow'

const delivery = (status: OrderStatus) => ({ status, fulfillment: 'delivery' as const })

describe('when a courier is requested', () => {
  it('is when a delivery order starts being prepared, once', () => {
    expect(READY_TO_LEAVE).toBe('preparing')
    expect(shouldRequestDelivery(delivery('preparing'), 'accepted')).toBe(true)
    expect(shouldRequestDelivery(delivery('preparing'), 'preparing')).toBe(false)
    expect(shouldRequestDelivery({ status: 'preparing', fulfillment: 'pickup' }, 'accepted')).toBe(
      false,
    )
    for (const status of ORDER_STATUSES.filter((s) => s !== 'preparing'))
      expect(shouldRequestDelivery(delivery(status), 'new')).toBe(false)
  })

  it('is cancelled when its order is cancelled while the delivery is live', () => {
    for (const status of ['requested', 'assigned', 'picked_up'] as const)
      expect(shouldCancelDelivery({ status: 'cancelled' }, 'preparing', status)).toBe(true)
    for (const status of ['delivered', 'cancelled', 'failed'] as const)
      expect(shouldCancelDelivery({ status: 'cancelled' }, 'preparing', status)).toBe(false)
    expect(shouldCancelDelivery({ status: 'cancelled' }, 'preparing', null)).toBe(false)
    expect(shouldCancelDelivery({ status: 'cancelled' }, 'cancelled', 'requested')).toBe(false)
    expect(shouldCancelDelivery({ status: 'preparing' }, 'accepted', 'requested')).toBe(false)
  })
})

describe("the delivery's status", () => {
  it('only goes forward, whatever order the reports come in', () => {
    expect(deliveryStatusAfter('requested', 'assigned')).toBe('assigned')
    expect(deliveryStatusAfter('picked_up', 'assigned')).toBe('picked_up')
    expect(deliveryStatusAfter('assigned', 'assigned')).toBe('assigned')
    expect(deliveryStatusAfter('requested', 'delivered')).toBe('delivered')
    expect(deliveryStatusAfter('picked_up', 'failed')).toBe('failed')
  })

  it('stays once final', () => {
    for (const final of ['delivered', 'cancelled', 'failed'] as const)
      for (const reported of DELIVERY_STATUSES)
        expect(deliveryStatusAfter(final, reported)).toBe(final)
  })

  it('knows its values', () => {
    expect(isDeliveryStatus('picked_up')).toBe(true)
    expect(isDeliveryStatus('lost')).toBe(false)
    expect(isDeliveryStatus(3)).toBe(false)
  })
})

describe('what a courier report asks of the order', () => {
  it('moves a prepared order on its way at pick-up, and a travelling one to delivered', () => {
    expect(orderMovesFor(delivery('preparing'), 'picked_up')).toEqual(['on_the_way'])
    expect(orderMovesFor(delivery('on_the_way'), 'delivered')).toEqual(['delivered'])
  })

  it('walks the workflow step by step when the pick-up report was lost', () => {
    expect(orderMovesFor(delivery('preparing'), 'delivered')).toEqual(['on_the_way', 'delivered'])
  })

  it('asks nothing of an order already there or past it (a late or repeated report)', () => {
    expect(orderMovesFor(delivery('on_the_way'), 'picked_up')).toEqual([])
    expect(orderMovesFor(delivery('delivered'), 'picked_up')).toEqual([])
    expect(orderMovesFor(delivery('delivered'), 'delivered')).toEqual([])
  })

  it('asks nothing for statuses that are the courier’s own', () => {
    for (const reported of ['requested', 'assigned', 'cancelled', 'failed'] as const)
      expect(orderMovesFor(delivery('preparing'), reported)).toEqual([])
  })

  it('asks the one move of an order off the courier’s leg, which the workflow refuses', () => {
    for (const status of ['cancelled', 'new', 'accepted'] as const) {
      const [move] = orderMovesFor(delivery(status), 'picked_up')
      expect(move).toBe('on_the_way')
      expect(checkTransition(delivery(status), move, 'system').ok).toBe(false)
    }
    const pickup = { status: 'ready' as const, fulfillment: 'pickup' as const }
    expect(orderMovesFor(pickup, 'delivered')).toEqual(['delivered'])
    expect(checkTransition(pickup, 'delivered', 'system').ok).toBe(false)
  })

  it('never asks a move the workflow refuses of an order on the courier’s leg', () => {
    for (const status of ['preparing', 'on_the_way', 'delivered'] as const)
      for (const reported of DELIVERY_STATUSES) {
        let order = delivery(status)
        for (const move of orderMovesFor(order, reported)) {
          expect(checkTransition(order, move, 'system').ok).toBe(true)
          order = delivery(move)
        }
      }
  })

  it('knows where an order stands along its workflow', () => {
    expect(reached(delivery('on_the_way'), 'preparing')).toBe(true)
    expect(reached(delivery('accepted'), 'preparing')).toBe(false)
    expect(reached(delivery('cancelled'), 'preparing')).toBe(false)
  })
})

describe('what staff are told of', () => {
  const cases: [DeliveryStatus, OrderStatus, boolean, string | null][] = [
    ['picked_up', 'cancelled', true, 'conflict'],
    ['failed', 'on_the_way', false, 'failed'],
    ['cancelled', 'preparing', false, 'withdrawn'],
    ['cancelled', 'cancelled', false, null],
    ['delivered', 'delivered', false, null],
    ['assigned', 'preparing', false, null],
  ]
  it.each(cases)(
    'a courier %s for an order %s (refused: %s) → %s',
    (reported, status, refused, why) => {
      expect(staffAttention(reported, { status }, refused)).toBe(why)
    },
  )
})

describe("the courier's signature", () => {
  const body = '{"id":"evt_1"}'
  const good = signCourierBody('secret', body)
  it('accepts the HMAC-SHA256 of the raw body, bare or prefixed', () => {
    expect(courierSignatureValid('secret', body, good)).toBe(true)
    expect(courierSignatureValid('secret', body, `sha256=${good}`)).toBe(true)
    expect(courierSignatureValid('secret', body, good.toUpperCase())).toBe(true)
  })
  it('refuses another body, another secret, a cut or missing signature', () => {
    expect(courierSignatureValid('secret', `${body} `, good)).toBe(false)
    expect(courierSignatureValid('other', body, good)).toBe(false)
    expect(courierSignatureValid('secret', body, good.slice(1))).toBe(false)
    const flipped = `${good.slice(0, -1)}${good.endsWith('0') ? '1' : '0'}`
    expect(courierSignatureValid('secret', body, flipped)).toBe(false)
    expect(courierSignatureValid('secret', body, null)).toBe(false)
    expect(courierSignatureValid('secret', body, 'zz')).toBe(false)
  })
})
