import { describe, expect, it } from '@jest/globals'

import { ORDER_STATUSES } from '@/domain/orderWorkflow'
import {
  averageOrder,
  compare,
  dailySales,
  isSale,
  isSaleWithin,
  periodFigures,
} from '@/domain/salesFigures'

describe('what counts as a sale', () => {
  it('every order but a cancelled one, whatever its stage or payment', () => {
    expect(ORDER_STATUSES.filter((status) => !isSale({ status }))).toEqual(['cancelled'])
    expect(isSale({ status: null })).toBe(true)
    expect(isSale({})).toBe(true)
  })

  it('belongs to its delivery day', () => {
    const week = { first: '2026-11-30', last: '2026-12-06' }
    expect(isSaleWithin({ status: 'new', deliveryDate: '2026-11-30' }, week)).toBe(true)
    expect(isSaleWithin({ status: 'delivered', deliveryDate: '2026-12-06' }, week)).toBe(true)
    expect(isSaleWithin({ status: 'delivered', deliveryDate: '2026-12-07' }, week)).toBe(false)
    expect(isSaleWithin({ status: 'delivered', deliveryDate: '2026-11-29' }, week)).toBe(false)
    expect(isSaleWithin({ status: 'cancelled', deliveryDate: '2026-12-01' }, week)).toBe(false)
  })
})

describe('the figures', () => {
  it('average order is revenue per order to the nearest tiyin, 0 without orders', () => {
    expect(averageOrder({ orders: 3, revenue: 1_000_000 })).toBe(333_333)
    expect(averageOrder({ orders: 3, revenue: 2_000_000 })).toBe(666_667)
    expect(averageOrder({ orders: 0, revenue: 0 })).toBe(0)
  })

  it('compares with the period before as a difference and a share of it', () => {
    expect(compare(150, 100)).toEqual({ current: 150, previous: 100, change: 50, ratio: 0.5 })
    expect(compare(75, 100)).toEqual({ current: 75, previous: 100, change: -25, ratio: -0.25 })
    expect(compare(5, 0)).toEqual({ current: 5, previous: 0, change: 5, ratio: null })
    expect(compare(0, 0)).toEqual({ current: 0, previous: 0, change: 0, ratio: null })
  })

  it('gives the four figures of a period', () => {
    const figures = periodFigures(
      { orders: 4, revenue: 4_000_000, newClients: 2 },
      { orders: 2, revenue: 3_000_000, newClients: 0 },
    )
    expect(figures.orders.ratio).toBe(1)
    expect(figures.revenue.change).toBe(1_000_000)
    expect(figures.averageOrder).toEqual({
      current: 1_000_000,
      previous: 1_500_000,
      change: -500_000,
      ratio: -1 / 3,
    })
    expect(figures.newClients).toEqual({ current: 2, previous: 0, change: 2, ratio: null })
  })

  it('lays the days found on every day of the chart, empty days as zero', () => {
    const days = dailySales({ first: '2026-11-29', last: '2026-12-02' }, [
      { day: '2026-12-01', orders: 3, revenue: 900 },
      { day: '2026-11-29', orders: 1, revenue: 100 },
    ])
    expect(days).toEqual([
      { day: '2026-11-29', orders: 1, revenue: 100 },
      { day: '2026-11-30', orders: 0, revenue: 0 },
      { day: '2026-12-01', orders: 3, revenue: 900 },
      { day: '2026-12-02', orders: 0, revenue: 0 },
    ])
  })
})
