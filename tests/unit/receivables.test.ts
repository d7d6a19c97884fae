import { describe, expect, it } from '@jest/globals'

import {
  ageingBucketOf,
  amountOwed,
  balanceOf,
  daysBetween,
  deliveryDayOf,
  HANDED_OVER_STATUSES,
  receivablesOf,
  receivablesTotals,
} from '@/domain/receivables'

const TODAY = '2026-12-31'

describe('what counts as owed', () => {
  it('is the orders handed over: delivered or picked up', () => {
    expect([...HANDED_OVER_STATUSES].sort()).toEqual(['delivered', 'given'])
  })

  it.each([
    ['delivered, unpaid', { status: 'delivered', total: 96_000_00, amountPaid: 0 }, 96_000_00],
    ['picked up, no money recorded', { status: 'given', total: 50_000_00 }, 50_000_00],
    [
      'delivered, part paid',
      { status: 'delivered', total: 96_000_00, amountPaid: 50_000_00 },
      46_000_00,
    ],
    ['delivered, paid', { status: 'delivered', total: 96_000_00, amountPaid: 96_000_00 }, 0],
    ['delivered, paid more', { status: 'delivered', total: 96_000_00, amountPaid: 100_000_00 }, 0],
    [
      'a refund is not asked for again',
      {
        status: 'delivered',
        paymentStatus: 'partially_refunded',
        total: 96_000_00,
        amountPaid: 96_000_00,
      },
      0,
    ],
    [
      'disputed: held by the bank, not chased',
      { status: 'delivered', paymentStatus: 'disputed', total: 96_000_00, amountPaid: 0 },
      0,
    ],
    ['cancelled', { status: 'cancelled', total: 96_000_00, amountPaid: 0 }, 0],
    ['still on the way', { status: 'on_the_way', total: 96_000_00, amountPaid: 0 }, 0],
    ['ready, not picked up', { status: 'ready', total: 96_000_00 }, 0],
    ['new', { status: 'new', total: 96_000_00 }, 0],
    ['no total', { status: 'delivered', total: null }, 0],
  ])('%s', (_, order, owed) => {
    expect(amountOwed(order)).toBe(owed)
  })

  it("adds up a client's balance", () => {
    expect(
      balanceOf([
        { status: 'delivered', total: 100, amountPaid: 40 },
        { status: 'given', total: 200 },
        { status: 'cancelled', total: 1000 },
        { status: 'accepted', total: 1000 },
      ]),
    ).toBe(260)
    expect(balanceOf([])).toBe(0)
  })
})

describe('ageing', () => {
  it.each([
    [0, 'days0to30'],
    [1, 'days0to30'],
    [30, 'days0to30'],
    [31, 'days31to60'],
    [60, 'days31to60'],
    [61, 'over60'],
    [400, 'over60'],
    [-3, 'days0to30'],
  ])('a debt %i days old is in %s', (days, bucket) => {
    const delivered = new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000)
      .toISOString()
      .slice(0, 10)
    expect(daysBetween(delivered, TODAY)).toBe(days)
    expect(ageingBucketOf(delivered, TODAY)).toBe(bucket)
  })

  it('counts calendar days across months, leap days and years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1)
    expect(daysBetween('2026-12-01', '2027-01-31')).toBe(61)
    expect(ageingBucketOf('2026-12-01', '2027-01-30')).toBe('days31to60')
    expect(ageingBucketOf('2026-12-01', '2027-01-31')).toBe('over60')
  })

  it('treats a debt with no delivery date as the oldest', () => {
    expect(ageingBucketOf(null, TODAY)).toBe('over60')
  })

  it('reads the delivery day from the stored date (12:00 UTC), whatever the time of day', () => {
    expect(deliveryDayOf('2026-12-01T12:00:00.000Z')).toBe('2026-12-01')
    expect(deliveryDayOf('2026-12-01T00:00:00.000Z')).toBe('2026-12-01')
    expect(deliveryDayOf(null)).toBeNull()
    expect(deliveryDayOf('soon')).toBeNull()
  })

  it('refuses what is not a calendar day', () => {
    expect(() => daysBetween('2026-02-30', TODAY)).toThrow(RangeError)
  })
})

describe('the receivables list', () => {
  const clients = new Map([
    [1, { name: 'Cafe Navoi', phone: '+998901234567' }],
    [2, { name: 'Shop Chorsu', phone: null }],
    [3, { name: 'Paid up', phone: null }],
  ])
  const day = (days: number) =>
    new Date(Date.parse(`${TODAY}T12:00:00Z`) - days * 86_400_000).toISOString()

  it('lists who owes, most first, by bucket, with totals', () => {
    const list = receivablesOf(
      [
        { client: 1, status: 'delivered', total: 100, amountPaid: 0, deliveryDate: day(30) },
        { client: 1, status: 'delivered', total: 300, amountPaid: 100, deliveryDate: day(31) },
        { client: 1, status: 'given', total: 50, deliveryDate: day(61) },
        { client: 2, status: 'delivered', total: 1000, amountPaid: 0, deliveryDate: day(60) },
        { client: 3, status: 'delivered', total: 500, amountPaid: 500, deliveryDate: day(90) },
        { client: 3, status: 'cancelled', total: 500, deliveryDate: day(90) },
      ],
      clients,
      TODAY,
    )
    expect(list).toEqual([
      {
        clientId: 2,
        name: 'Shop Chorsu',
        phone: null,
        orders: 1,
        total: 1000,
        buckets: { days0to30: 0, days31to60: 1000, over60: 0 },
      },
      {
        clientId: 1,
        name: 'Cafe Navoi',
        phone: '+998901234567',
        orders: 3,
        total: 350,
        buckets: { days0to30: 100, days31to60: 200, over60: 50 },
      },
    ])
    expect(receivablesTotals(list)).toEqual({
      clients: 2,
      orders: 4,
      total: 1350,
      buckets: { days0to30: 100, days31to60: 1200, over60: 50 },
    })
  })

  it('orders equal debts by client id', () => {
    const list = receivablesOf(
      [
        { client: 2, status: 'delivered', total: 100, deliveryDate: day(1) },
        { client: 1, status: 'delivered', total: 100, deliveryDate: day(1) },
      ],
      clients,
      TODAY,
    )
    expect(list.map((client) => client.clientId)).toEqual([1, 2])
    expect(receivablesTotals([])).toEqual({
      clients: 0,
      orders: 0,
      total: 0,
      buckets: { days0to30: 0, days31to60: 0, over60: 0 },
    })
  })
})
