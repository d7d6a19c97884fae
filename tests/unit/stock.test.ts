import { describe, expect, it } from '@jest/globals'
import {
  consume,
  holdFollowsLines,
  isOutOfStock,
  notEnoughStock,
  quantitiesByProduct,
  release,
  reserve,
  stockMoveOf,
} from '@/domain/stock'
import { pickListsOf } from '@/domain/stockPickList'
import {
  alertsStaff,
  nextCursor,
  pullSchedule,
  rowProblem,
  sortPage,
  warehouseStockPage,
} from '@/domain/stockPull'

describe('reserving stock', () => {
  it('moves the whole quantity from available to reserved when it is all there', () => {
    expect(reserve({ available: 10, reserved: 2 }, 10)).toEqual({ available: 0, reserved: 12 })
    expect(reserve({ available: 10, reserved: 0 }, 3)).toEqual({ available: 7, reserved: 3 })
  })

  it('refuses more than is available, and quantities that are not whole and positive', () => {
    expect(reserve({ available: 9, reserved: 0 }, 10)).toBeNull()
    expect(reserve({ available: 0, reserved: 5 }, 1)).toBeNull()
    expect(reserve({ available: 10, reserved: 0 }, 0)).toBeNull()
    expect(reserve({ available: 10, reserved: 0 }, -1)).toBeNull()
    expect(reserve({ available: 10, reserved: 0 }, 1.5)).toBeNull()
  })

  it('releases at most what is reserved, and consuming never goes below zero', () => {
    expect(release({ available: 0, reserved: 10 }, 4)).toEqual({ available: 4, reserved: 6 })
    expect(release({ available: 1, reserved: 2 }, 5)).toEqual({ available: 3, reserved: 0 })
    expect(consume({ available: 3, reserved: 10 }, 4)).toEqual({ available: 3, reserved: 6 })
    expect(consume({ available: 3, reserved: 2 }, 4)).toEqual({ available: 3, reserved: 0 })
  })

  it('cancelling releases the hold, handing over consumes it, other moves leave it', () => {
    expect(stockMoveOf('new', 'cancelled')).toBe('release')
    expect(stockMoveOf('preparing', 'cancelled')).toBe('release')
    expect(stockMoveOf('on_the_way', 'delivered')).toBe('consume')
    expect(stockMoveOf('ready', 'given')).toBe('consume')
    expect(stockMoveOf('new', 'accepted')).toBeNull()
    expect(stockMoveOf('cancelled', 'cancelled')).toBeNull()
  })

  it('counts an order per product, across lines', () => {
    expect([
      ...quantitiesByProduct([
        { product: 1, quantity: 2 },
        { product: 2, quantity: 5 },
        { product: 1, quantity: 3 },
        { product: null, quantity: 3 },
      ]),
    ]).toEqual([
      [1, 5],
      [2, 5],
    ])
  })

  it('tells a product nobody counts from one sold out', () => {
    expect(isOutOfStock(null)).toBe(false)
    expect(isOutOfStock(undefined)).toBe(false)
    expect(isOutOfStock(0)).toBe(true)
    expect(isOutOfStock(3)).toBe(false)
  })

  it('names the product in every language when refusing', () => {
    const text = notEnoughStock('Samsa', 2)
    for (const language of ['ru', 'uz', 'en'] as const) {
      expect(text[language]).toContain('Samsa')
      expect(text[language]).toContain('2')
    }
  })
})

describe('an edited order’s hold', () => {
  const lines = (...pairs: [number, number][]) => new Map(pairs)
  it('moves when the quantities per product differ and the hold is live', () => {
    expect(holdFollowsLines('new', lines([1, 2]), lines([1, 2]))).toBe(false)
    expect(holdFollowsLines('new', lines([1, 2]), lines([1, 3]))).toBe(true)
    expect(holdFollowsLines('accepted', lines([1, 2], [2, 1]), lines([1, 2]))).toBe(true)
    expect(holdFollowsLines('new', lines([1, 2]), lines([2, 2]))).toBe(true)
    expect(holdFollowsLines('cancelled', lines([1, 2]), lines([1, 3]))).toBe(false)
    expect(holdFollowsLines('given', lines([1, 2]), lines([1, 3]))).toBe(false)
  })
})

describe('a warehouse page', () => {
  const skus = new Set(['A', 'B'])
  const row = (over: Record<string, unknown> = {}) => ({
    sku: 'A',
    warehouse: 'main',
    available: 5,
    updated_at: '2038-01-01T10:00:00Z',
    ...over,
  })

  it('keeps good rows and sets aside each bad one with its reason', () => {
    const { apply, skipped } = sortPage(
      [
        row(),
        row({ sku: 'X' }),
        row({ sku: 'B', available: -3 }),
        row({ sku: 'B', available: 1.5 }),
        row({ sku: 'B', updated_at: 'yesterday' }),
        row({ sku: 'B', warehouse: ' ' }),
        row({ available: 7 }),
        row({ sku: 'B', warehouse: ' north ' }),
      ],
      skus,
    )
    expect(apply).toEqual([row(), row({ sku: 'B', warehouse: 'north' })])
    expect(skipped.map((s) => s.reason)).toEqual([
      'unknown_sku',
      'negative_quantity',
      'fractional_quantity',
      'bad_timestamp',
      'blank_warehouse',
      'duplicate_row',
    ])
    expect(rowProblem(row(), skus, new Set())).toBeNull()
  })

  it('is checked against the contract: a body of another shape fails, naming the path', () => {
    expect(warehouseStockPage.safeParse({ items: [row()], next_page: 2 }).success).toBe(true)
    expect(warehouseStockPage.safeParse({ items: [row()], next_page: null }).success).toBe(true)
    const bad = warehouseStockPage.safeParse({ items: [row()], next_page: 'two' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0].path).toEqual(['next_page'])
    expect(warehouseStockPage.safeParse({ items: 'none' }).success).toBe(false)
  })

  it('sets a malformed row aside by name instead of failing the page', () => {
    const page = warehouseStockPage.safeParse({
      items: [row({ available: '5' }), row({ sku: 'B', available: null }), 7, row()],
      next_page: null,
    })
    expect(page.success).toBe(true)
    const { apply, skipped } = sortPage(page.data?.items ?? [], skus)
    expect(apply).toEqual([row()])
    expect(skipped).toEqual([
      { sku: 'A', warehouse: 'main', reason: 'malformed' },
      { sku: 'B', warehouse: 'main', reason: 'malformed' },
      { sku: '', warehouse: '', reason: 'malformed' },
    ])
  })

  it('moves the cursor to the newest row applied, never back', () => {
    expect(nextCursor(null, [])).toBeNull()
    expect(
      nextCursor('2038-01-01T00:00:00.000Z', [
        { updated_at: '2038-01-02T00:00:00Z' },
        { updated_at: '2038-01-03T00:00:00Z' },
      ]),
    ).toBe('2038-01-03T00:00:00.000Z')
    expect(nextCursor('2038-01-05T00:00:00.000Z', [{ updated_at: '2038-01-02T00:00:00Z' }])).toBe(
      '2038-01-05T00:00:00.000Z',
    )
  })

  it('tells staff at the third failure in a row, once', () => {
    expect([1, 2, 3, 4, 5].map(alertsStaff)).toEqual([false, false, true, false, false])
  })

  it('pulls every 5 minutes unless WAREHOUSE_PULL_MINUTES says otherwise', () => {
    expect(pullSchedule(undefined)).toBe('*/5 * * * *')
    expect(pullSchedule('')).toBe('*/5 * * * *')
    expect(pullSchedule('15')).toBe('*/15 * * * *')
    expect(() => pullSchedule('0')).toThrow(/WAREHOUSE_PULL_MINUTES/)
    expect(() => pullSchedule('often')).toThrow(/WAREHOUSE_PULL_MINUTES/)
  })
})

describe("a day's pick list", () => {
  it('lists each product once per warehouse, its total over the orders it goes to', () => {
    const row = (warehouse: string, order: number, sku: string, quantity: number) => ({
      warehouse,
      order,
      sku,
      name: sku.toLowerCase(),
      unit: 'pcs',
      quantity,
    })
    expect(
      pickListsOf([
        row('north', 7, 'B', 1),
        row('main', 2, 'B', 3),
        row('main', 1, 'A', 2),
        row('main', 1, 'B', 4),
      ]),
    ).toEqual([
      {
        warehouse: 'main',
        orders: 2,
        products: [
          { sku: 'A', name: 'a', unit: 'pcs', quantity: 2, orders: [1] },
          { sku: 'B', name: 'b', unit: 'pcs', quantity: 7, orders: [1, 2] },
        ],
      },
      {
        warehouse: 'north',
        orders: 1,
        products: [{ sku: 'B', name: 'b', unit: 'pcs', quantity: 1, orders: [7] }],
      },
    ])
  })
})
