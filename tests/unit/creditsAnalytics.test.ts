import { describe, expect, it } from '@jest/globals'
import {
  chartWindows,
  conversionRate,
  monthStart,
  readAnalyticsPeriod,
  weekStart,
} from '@/domain/creditsAnalytics'

describe('readAnalyticsPeriod', () => {
  it('defaults to this month so far, and to today', () => {
    expect(readAnalyticsPeriod(null, null, '2037-03-14')).toEqual({
      ok: true,
      range: { first: '2037-03-01', last: '2037-03-14' },
    })
    expect(readAnalyticsPeriod(null, '2037-02-10', '2037-03-14')).toEqual({
      ok: true,
      range: { first: '2037-02-01', last: '2037-02-10' },
    })
  })

  it('takes one day, and a whole leap year at most', () => {
    expect(readAnalyticsPeriod('2037-03-14', '2037-03-14', '2037-03-14').ok).toBe(true)
    expect(readAnalyticsPeriod('2036-01-01', '2036-12-31', '2037-03-14').ok).toBe(true)
    expect(readAnalyticsPeriod('2035-12-31', '2036-12-31', '2037-03-14')).toMatchObject({
      ok: false,
      field: 'from',
    })
  })

  it('names the day it cannot read', () => {
    expect(readAnalyticsPeriod('2037-02-30', null, '2037-03-14')).toMatchObject({
      ok: false,
      field: 'from',
    })
    expect(readAnalyticsPeriod(null, '14.03.2037', '2037-03-14')).toMatchObject({
      ok: false,
      field: 'to',
    })
    expect(readAnalyticsPeriod('2037-03-15', '2037-03-14', '2037-03-14')).toEqual({
      ok: false,
      field: 'from',
      message: 'from must not be after to',
    })
  })
})

describe('chart windows', () => {
  it('starts weeks on Monday and months on the first, across years', () => {
    expect(weekStart('2037-03-31')).toBe('2037-03-30')
    expect(weekStart('2037-03-30')).toBe('2037-03-30')
    expect(monthStart('2037-03-31')).toBe('2037-03-01')
    expect(monthStart('2037-03-31', -11)).toBe('2036-04-01')
    expect(monthStart('2037-01-15', -1)).toBe('2036-12-01')
    expect(monthStart('2036-12-15', 1)).toBe('2037-01-01')
  })

  it('ends each window on the last day', () => {
    expect(chartWindows('2037-03-31')).toEqual({
      days: { first: '2037-01-01', last: '2037-03-31' },
      weeks: { first: '2037-01-05', last: '2037-03-31' },
      months: { first: '2036-04-01', last: '2037-03-31' },
    })
  })
})

describe('conversionRate', () => {
  it('is the share of writers who bought, or null when nobody wrote', () => {
    expect(conversionRate(1, 4)).toBe(0.25)
    expect(conversionRate(0, 0)).toBeNull()
  })
})
