import { addDays, isCalendarDate, YEARS_TEXT } from './calendarDate'
import { type DayRange, daysIn, lastDays, weekdayOf } from './reportPeriods'

/**
 * The credits' analytics: which days a chosen period covers, and the windows of the Stars
 * revenue chart (by day, week and month) that end with it.
 */

/** The longest period the analytics sums over: a year, leap day included. */
export const MAX_ANALYTICS_DAYS = 366
/** The chart's windows: a season of days, a quarter of weeks, a year of months. */
export const CHART_WINDOW = { days: 90, weeks: 13, months: 12 } as const

export type AnalyticsPeriod =
  | { ok: true; range: DayRange }
  | { ok: false; field: 'from' | 'to'; message: string }

/**
 * The period a caller asked for: `from` and `to` are calendar days (`YYYY-MM-DD`, both included);
 * `to` defaults to today and `from` to the first day of `to`'s month. Refused with the field and
 * the reason when a day is not a date, `from` is after `to`, or the period is longer than a year.
 */
export function readAnalyticsPeriod(
  from: string | null,
  to: string | null,
  today: string,
): AnalyticsPeriod {
  const last = to ?? today
  if (!isCalendarDate(last))
    return {
      ok: false,
      field: 'to',
      message: `to must be a calendar day as YYYY-MM-DD ${YEARS_TEXT}`,
    }
  const first = from ?? `${last.slice(0, 7)}-01`
  if (!isCalendarDate(first))
    return {
      ok: false,
      field: 'from',
      message: `from must be a calendar day as YYYY-MM-DD ${YEARS_TEXT}`,
    }
  if (first > last) return { ok: false, field: 'from', message: 'from must not be after to' }
  if (daysIn({ first, last }) > MAX_ANALYTICS_DAYS)
    return {
      ok: false,
      field: 'from',
      message: `a period is at most ${MAX_ANALYTICS_DAYS} days long`,
    }
  return { ok: true, range: { first, last } }
}

/** The Monday of `day`'s week. */
export const weekStart = (day: string): string => addDays(day, -weekdayOf(day))

/** The first day of the month `months` months after `day`'s (negative goes back). */
export function monthStart(day: string, months = 0): string {
  const [year, month] = day.split('-').map(Number)
  const index = year * 12 + (month - 1) + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/**
 * The chart's windows ending on `last`: its 90 days; the 13 weeks (from Monday) up to the one
 * `last` is in; the 12 months up to `last`'s. Each runs to `last` itself, no day after it.
 */
export function chartWindows(last: string): Record<'days' | 'weeks' | 'months', DayRange> {
  return {
    days: lastDays(last, CHART_WINDOW.days),
    weeks: { first: addDays(weekStart(last), -7 * (CHART_WINDOW.weeks - 1)), last },
    months: { first: monthStart(last, 1 - CHART_WINDOW.months), last },
  }
}

/** Clients who wrote to support and then bought, of those who wrote; null when nobody wrote. */
export function conversionRate(converted: number, writers: number): number | null {
  return writers > 0 ? converted / writers : null
}
