import { calendarDateIn, timeOfDayIn } from '@/domain/calendarDate'

/** A pass's end as the client and staff read it: `YYYY-MM-DD HH:MM` in the business's time zone. */
export function passEndText(until: Date | string, timeZone: string | null | undefined): string {
  const instant = new Date(until)
  const zone = timeZone || 'Asia/Tashkent'
  return `${calendarDateIn(instant, zone)} ${timeOfDayIn(instant, zone)}`
}
