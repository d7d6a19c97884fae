import { describe, expect, it } from '@jest/globals'

import { calendarDateIn } from '@/domain/calendarDate'
import { type MorningReportRow, summarizeMorning } from '@/domain/morningReport'

const row = (
  fulfillment: 'delivery' | 'pickup',
  productId: number | null,
  quantity: number,
  amount: number,
  orders = 1,
): MorningReportRow => ({
  fulfillment,
  productId,
  productName: productId === 1 ? 'White bread' : productId === 2 ? 'Samsa' : null,
  unit: productId ? 'pcs' : null,
  orders,
  quantity,
  amount,
})

describe('morning summary', () => {
  it('adds up orders and totals per fulfillment and every product split by delivery and pickup', () => {
    const report = summarizeMorning('2026-11-23', [
      row('delivery', null, 120, 98_000_000, 3),
      row('delivery', 1, 80, 60_000_000, 2),
      row('delivery', 2, 40, 38_000_000, 2),
      row('pickup', null, 10, 8_000_000, 1),
      row('pickup', 1, 10, 8_000_000, 1),
    ])
    expect(report).toEqual({
      date: '2026-11-23',
      orders: 4,
      total: 106_000_000,
      delivery: { orders: 3, total: 98_000_000 },
      pickup: { orders: 1, total: 8_000_000 },
      products: [
        { productId: 2, name: 'Samsa', unit: 'pcs', delivery: 40, pickup: 0, quantity: 40 },
        { productId: 1, name: 'White bread', unit: 'pcs', delivery: 80, pickup: 10, quantity: 90 },
      ],
    })
  })

  it('is an empty summary, not an error, on a day without orders', () => {
    expect(summarizeMorning('2026-11-24', [])).toMatchObject({ orders: 0, total: 0, products: [] })
  })

  it('reads "today" in Tashkent: 23:30 UTC on the 22nd is already the 23rd', () => {
    expect(calendarDateIn(new Date('2026-11-22T23:30:00Z'), 'Asia/Tashkent')).toBe('2026-11-23')
    expect(calendarDateIn(new Date('2026-11-22T18:59:59Z'), 'Asia/Tashkent')).toBe('2026-11-22')
    expect(calendarDateIn(new Date('2026-11-22T19:00:00Z'), 'Asia/Tashkent')).toBe('2026-11-23')
  })
})
