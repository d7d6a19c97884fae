import { addDays } from './calendarDate'

/**
 * The stretches of time the dashboard compares: today, this week (from Monday) and this month,
 * each up to and including the day looked at, against the same stretch of the period before.
 */
export const PERIOD_KINDS = ['day', 'week', 'month'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

export const isPeriodKind = (value: unknown): value is PeriodKind =>
  PERIOD_KINDS.includes(value as PeriodKind)

/** Calendar days `first` to `last`, both included, `YYYY-MM-DD`. */
export interface DayRange {
  first: string
  last: string
}

/** 0 for Monday … 6 for Sunday: a week in Uzbekistan starts on Monday. */
export function weekdayOf(day: string): number {
  return (new Date(`${day}T12:00:00.000Z`).getUTCDay() + 6) % 7
}

/** How many days a range holds. */
export function daysIn({ first, last }: DayRange): number {
  return Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`

/** The period of `kind` that `day` is in, up to `day` itself: the days that have happened so far. */
export function periodOf(kind: PeriodKind, day: string): DayRange {
  if (kind === 'day') return { first: day, last: day }
  if (kind === 'week') return { first: addDays(day, -weekdayOf(day)), last: day }
  return { first: monthStart(day), last: day }
}

/**
 * The same stretch of the period before, as long as the current one: yesterday; last week's
 * Monday to the same weekday; last month's first day on, as many days as this month has had so
 * far, but never past that month's end (the 31st compares with all of a 30-day month).
 */
export function previousPeriod(kind: PeriodKind, day: string): DayRange {
  const current = periodOf(kind, day)
  if (kind === 'day') return periodOf('day', addDays(day, -1))
  if (kind === 'week') return { first: addDays(current.first, -7), last: addDays(current.last, -7) }
  const first = monthStart(addDays(current.first, -1))
  const monthEnd = addDays(current.first, -1)
  const sameLength = addDays(first, daysIn(current) - 1)
  // The earlier of the two days (they are `YYYY-MM-DD` strings, which sort as dates).
  return { first, last: [sameLength, monthEnd].sort()[0] }
}

/** The `days` days that end with `day`: the chart's window. */
export function lastDays(day: string, days: number): DayRange {
  return { first: addDays(day, 1 - days), last: day }
}

/** Whether a calendar day falls in a range. */
export const isWithin = (day: string, { first, last }: DayRange): boolean =>
  day >= first && day <= last

// One formatter per zone: building one costs far more than using it.
const clocks = new Map<string, Intl.DateTimeFormat>()
function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone)
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    clocks.set(timeZone, clock)
  }
  return clock
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    clockIn(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  )
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  )
  return wall - Math.floor(instant / 1000) * 1000
}

// The same few days are asked for on every dashboard: remembered, as reading a zone's clock costs.
const midnights = new Map<string, number>()

/** The instant a calendar day begins in a time zone: Tashkent's midnight is 19:00 UTC the day before. */
export function midnightIn(day: string, timeZone: string): Date {
  const key = `${timeZone} ${day}`
  let instant = midnights.get(key)
  if (instant === undefined) {
    const utcMidnight = Date.parse(`${day}T00:00:00.000Z`)
    const guess = utcMidnight - offsetAt(utcMidnight, timeZone)
    // Asked again at the guess, so a zone whose offset changes that night still lands on its midnight.
    instant = utcMidnight - offsetAt(guess, timeZone)
    if (midnights.size >= 10_000) midnights.clear()
    midnights.set(key, instant)
  }
  return new Date(instant)
}

/**
 * The instants a range of days covers in a time zone, `from` included and `to` not: what a
 * timestamp (a client's sign-up, a support message) is compared with.
 */
export function instantsOf(range: DayRange, timeZone: string): { from: Date; to: Date } {
  return {
    from: midnightIn(range.first, timeZone),
    to: midnightIn(addDays(range.last, 1), timeZone),
  }
}
