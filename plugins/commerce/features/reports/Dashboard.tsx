import type { ServerProps } from 'payload'

import { calendarDateIn } from '@/domain/calendarDate'
import { hasRole, STAFF_ROLES } from '@/shared/access/roles'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { DashboardView } from './DashboardView'
import { loadDashboard } from './loadDashboard'
import { loadMorningReport } from './loadMorningReport'

/** The dashboard's data as of today in the business's time zone, loaded on the server for the first paint. */
export async function Dashboard({ payload, user }: ServerProps) {
  if (!hasRole(user ?? null, ...STAFF_ROLES)) return null
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const timeZone = settings.timezone || 'Asia/Tashkent'
  const today = calendarDateIn(new Date(), timeZone)
  const [dashboard, plan] = await Promise.all([
    loadDashboard(sqlDatabase(payload), { date: today, period: 'month', timeZone }),
    loadMorningReport(payload, today),
  ])
  return <DashboardView initial={dashboard} plan={plan} />
}
