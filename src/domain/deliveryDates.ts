import { addDays, calendarDateIn, timeOfDayIn } from './calendarDate'

interface Options {
  now: Date
  timeZone: string
  /** HH:MM in `timeZone`; from then on, today can no longer be chosen. */
  cutoff: string
  /** How many days ahead, counting today. */
  daysAhead: number
}

/** The delivery dates a client may choose right now, earliest first. */
export function deliveryDateOptions({ now, timeZone, cutoff, daysAhead }: Options): string[] {
  const today = calendarDateIn(now, timeZone)
  const first = timeOfDayIn(now, timeZone) >= cutoff ? 1 : 0
  return Array.from({ length: Math.max(daysAhead - first, 0) }, (_, i) => addDays(today, first + i))
}
