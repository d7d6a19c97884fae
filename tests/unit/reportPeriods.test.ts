import { describe, expect, it } from '@jest/globals'

import {
  daysIn,
  instantsOf,
  isPeriodKind,
  lastDays,
  midnightIn,
  periodOf,
  previousPeriod,
  weekdayOf,
} from '@/domain/reportPeriods'

const TASHKENT = 'Asia/Tashkent'

describe('the periods the dashboard compares', () => {
  it('knows the weekday, Monday first', () => {
    expect(weekdayOf('2026-11-30')).toBe(0) // a Monday
    expect(weekdayOf('2026-12-06')).toBe(6) // a Sunday
    expect(weekdayOf('2024-02-29')).toBe(3) // a leap Thursday
  })

  it('today is the day itself; yesterday is before it, across a month and a year', () => {
    expect(periodOf('day', '2026-12-02')).toEqual({ first: '2026-12-02', last: '2026-12-02' })
    expect(previousPeriod('day', '2026-12-01')).toEqual({ first: '2026-11-30', last: '2026-11-30' })
    expect(previousPeriod('day', '2027-01-01')).toEqual({ first: '2026-12-31', last: '2026-12-31' })
  })

  it('this week runs from Monday to the day; last week from its Monday to the same weekday', () => {
    // Wednesday 2 December 2026.
    expect(periodOf('week', '2026-12-02')).toEqual({ first: '2026-11-30', last: '2026-12-02' })
    expect(previousPeriod('week', '2026-12-02')).toEqual({
      first: '2026-11-23',
      last: '2026-11-25',
    })
    // On a Monday the week is that day alone, against last Monday.
    expect(periodOf('week', '2026-11-30')).toEqual({ first: '2026-11-30', last: '2026-11-30' })
    expect(previousPeriod('week', '2026-11-30')).toEqual({
      first: '2026-11-23',
      last: '2026-11-23',
    })
    // On a Sunday it is all seven days; a week across the new year.
    expect(periodOf('week', '2027-01-03')).toEqual({ first: '2026-12-28', last: '2027-01-03' })
    expect(previousPeriod('week', '2027-01-03')).toEqual({
      first: '2026-12-21',
      last: '2026-12-27',
    })
  })

  it('this month runs from the 1st to the day, against as many days from the 1st of the month before', () => {
    expect(periodOf('month', '2026-12-15')).toEqual({ first: '2026-12-01', last: '2026-12-15' })
    expect(previousPeriod('month', '2026-12-15')).toEqual({
      first: '2026-11-01',
      last: '2026-11-15',
    })
    expect(previousPeriod('month', '2026-12-01')).toEqual({
      first: '2026-11-01',
      last: '2026-11-01',
    })
    expect(previousPeriod('month', '2027-01-10')).toEqual({
      first: '2026-12-01',
      last: '2026-12-10',
    })
  })

  it('never lets the month before run into this one: the 31st compares with a whole shorter month', () => {
    expect(previousPeriod('month', '2026-12-31')).toEqual({
      first: '2026-11-01',
      last: '2026-11-30',
    })
    expect(previousPeriod('month', '2027-03-31')).toEqual({
      first: '2027-02-01',
      last: '2027-02-28',
    })
    expect(previousPeriod('month', '2028-03-30')).toEqual({
      first: '2028-02-01',
      last: '2028-02-29',
    })
    expect(previousPeriod('month', '2028-03-29')).toEqual({
      first: '2028-02-01',
      last: '2028-02-29',
    })
    expect(previousPeriod('month', '2026-03-28')).toEqual({
      first: '2026-02-01',
      last: '2026-02-28',
    })
  })

  it('the previous period is as long as the current one wherever the month before allows', () => {
    for (let day = 1; day <= 31; day++) {
      const date = `2026-10-${String(day).padStart(2, '0')}`
      for (const kind of ['day', 'week', 'month'] as const) {
        const previous = previousPeriod(kind, date)
        const expected = Math.min(daysIn(periodOf(kind, date)), kind === 'month' ? 30 : 7)
        expect([kind, date, daysIn(previous)]).toEqual([kind, date, expected])
        expect(previous.last < periodOf(kind, date).first).toBe(true)
      }
    }
  })

  it('the chart window is the 90 days that end with the day', () => {
    expect(lastDays('2026-12-02', 90)).toEqual({ first: '2026-09-04', last: '2026-12-02' })
    expect(daysIn(lastDays('2026-12-02', 90))).toBe(90)
  })

  it('reads a period kind', () => {
    expect(['day', 'week', 'month', 'year', '', null].map(isPeriodKind)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ])
  })
})

describe('a day in Tashkent as instants', () => {
  it('starts at 19:00 UTC the day before', () => {
    expect(midnightIn('2026-12-02', TASHKENT).toISOString()).toBe('2026-12-01T19:00:00.000Z')
    expect(midnightIn('2027-01-01', TASHKENT).toISOString()).toBe('2026-12-31T19:00:00.000Z')
  })

  it('covers the range from its first midnight to the midnight after its last day', () => {
    expect(instantsOf({ first: '2026-11-30', last: '2026-12-02' }, TASHKENT)).toEqual({
      from: new Date('2026-11-29T19:00:00.000Z'),
      to: new Date('2026-12-02T19:00:00.000Z'),
    })
  })

  it('follows a zone whose clock moves: the day after a spring-forward in Berlin', () => {
    expect(midnightIn('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(midnightIn('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z')
    expect(midnightIn('2026-12-02', 'UTC').toISOString()).toBe('2026-12-02T00:00:00.000Z')
    expect(midnightIn('2026-12-02', 'America/New_York').toISOString()).toBe(
      '2026-12-02T05:00:00.000Z',
    )
  })
})
