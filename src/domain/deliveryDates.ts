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

export interface DateRules {
  timezone: string
  /** HH:MM in `timezone`. */
  cutoff: string
  daysAhead: number
}

/** The settings' date rules with their defaults filled in: 18:00, and at most two weeks ahead. */
export function dateRulesFrom(saved: {
  timezone: string
  cutoff?: string | null
  daysAhead?: number | null
}): DateRules {
  return {
    timezone: saved.timezone,
    cutoff: saved.cutoff ?? '18:00',
    daysAhead: Math.min(saved.daysAhead ?? 7, 14),
  }
}

/** The days a client may choose under the settings' rules, earliest first. */
export function offeredDays(rules: DateRules, now = new Date()): string[] {
  return deliveryDateOptions({
    now,
    timeZone: rules.timezone,
    cutoff: rules.cutoff,
    daysAhead: rules.daysAhead,
  })
}

/** Whether a client may still choose `day` for delivery or pickup right now. */
export function isOfferedDay(day: string, rules: DateRules, now = new Date()): boolean {
  return offeredDays(rules, now).includes(day)
}
