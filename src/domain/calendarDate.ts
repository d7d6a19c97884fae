/**
 * A delivery date is a calendar day, not an instant. It is stored at 12:00 UTC so that it reads
 * as the same day in every time zone from UTC−11 to UTC+11, Tashkent's +5 included.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The years a business date may fall in: wider than any real order, and inside what PostgreSQL and Excel store. */
export const YEARS = { first: 2000, last: 2099 } as const
export const YEARS_TEXT = `between ${YEARS.first} and ${YEARS.last}`

export const isBusinessYear = (year: number): boolean => year >= YEARS.first && year <= YEARS.last

export function isCalendarDate(text: string): boolean {
  const match = DAY.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    isBusinessYear(year) &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  )
}

// Building an Intl.DateTimeFormat costs a hundred times more than using one: keep one per zone.
const formats = new Map<string, Intl.DateTimeFormat>()
function zoned(kind: 'day' | 'clock', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}:${timeZone}`
  let format = formats.get(key)
  if (!format) {
    format =
      kind === 'day'
        ? // en-CA formats as YYYY-MM-DD.
          new Intl.DateTimeFormat('en-CA', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
          })
        : new Intl.DateTimeFormat('en-GB', {
            timeZone,
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          })
    formats.set(key, format)
  }
  return format
}

/** The calendar day an instant falls on in a time zone, as `YYYY-MM-DD`. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  return zoned('day', timeZone).format(instant)
}

/** The wall-clock time of an instant in a time zone, as `HH:MM` (24-hour). */
export function timeOfDayIn(instant: Date, timeZone: string): string {
  return zoned('clock', timeZone).format(instant)
}

/**
 * Reads what a caller sent for a calendar day: `YYYY-MM-DD` is taken as written; a full
 * timestamp (what a date picker sends, midnight in the browser's zone) is read in `timeZone`.
 * Returns null when it is neither.
 */
export function toCalendarDate(input: unknown, timeZone: string): string | null {
  const day =
    input instanceof Date
      ? dayOf(input, timeZone)
      : typeof input === 'string'
        ? dayOfText(input.trim(), timeZone)
        : null
  return day !== null && isCalendarDate(day) ? day : null
}

const dayOfText = (text: string, timeZone: string) =>
  DAY.test(text) ? text : dayOf(new Date(text), timeZone)
const dayOf = (instant: Date, timeZone: string) =>
  Number.isNaN(instant.getTime()) ? null : calendarDateIn(instant, timeZone)

/** The stored form of a calendar day. */
export function calendarDateToStored(day: string): string {
  return `${day}T12:00:00.000Z`
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(calendarDateToStored(day))
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
