import type { Payload } from 'payload'

import { calendarDateIn } from '@/domain/calendarDate'

/** Today in the business's time zone: what "today" means to the bakery, wherever the server runs. */
export async function todayIn(payload: Payload, now = new Date()): Promise<string> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  return calendarDateIn(now, settings.timezone || 'Asia/Tashkent')
}
