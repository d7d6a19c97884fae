import type { ServerProps } from 'payload'
import { calendarDateIn } from '@/domain/calendarDate'
import { readAnalyticsPeriod } from '@/domain/creditsAnalytics'
import { hasRole, STAFF_ROLES } from '@/shared/access/roles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { loadSupportInsights } from './loadSupportInsights'
import { SupportInsightsView } from './SupportInsightsView'

/** The conversation insights for this month so far, loaded on the server for the first paint; staff only. */
export async function SupportInsights({ payload, user }: ServerProps) {
  if (!hasRole(user ?? null, ...STAFF_ROLES)) return null
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const timeZone = settings.timezone || 'Asia/Tashkent'
  const period = readAnalyticsPeriod(null, null, calendarDateIn(new Date(), timeZone))
  if (!period.ok) return null
  const initial = await loadSupportInsights(sqlDatabase(payload), { range: period.range, timeZone })
  return <SupportInsightsView initial={initial} />
}
