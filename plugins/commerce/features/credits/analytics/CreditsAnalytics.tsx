import type { ServerProps } from 'payload'

import { calendarDateIn } from '@/domain/calendarDate'
import { readAnalyticsPeriod } from '@/domain/creditsAnalytics'
import { hasRole, STAFF_ROLES } from '@/shared/access/roles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { CreditsAnalyticsView } from './CreditsAnalyticsView'
import { loadCreditsAnalytics } from './loadCreditsAnalytics'

/**
 * Paid support's figures for this month so far, loaded on the server for the first paint; staff
 * only, and only for a desk that sells credits (paid mode on, or purchases or spends this month).
 */
export async function CreditsAnalytics({ payload, user }: ServerProps) {
  if (!hasRole(user ?? null, ...STAFF_ROLES)) return null
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const timeZone = settings.timezone || 'Asia/Tashkent'
  const period = readAnalyticsPeriod(null, null, calendarDateIn(new Date(), timeZone))
  if (!period.ok) return null
  const initial = await loadCreditsAnalytics(sqlDatabase(payload), {
    range: period.range,
    timeZone,
  })
  const selling = settings.paidSupport || initial.revenue.length > 0 || initial.spends.length > 0
  return selling ? <CreditsAnalyticsView initial={initial} /> : null
}
