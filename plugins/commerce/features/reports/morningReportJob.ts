import { textsIn } from '@commerce/bot/i18n'
import {
  completeWithStaffMessage,
  postgresRunCoordinator,
} from '@commerce/scheduler/runCoordinator'
import type { Payload } from 'payload'
import { calendarDateIn, timeOfDayIn } from '@/domain/calendarDate'
import { loadMorningReport } from './loadMorningReport'
import { morningReportText } from './morningReportText'

/** Long enough for the report to be built; a server that dies holding it frees it after this. */
const LEASE_MS = 5 * 60_000

export type MorningRun = 'sent' | 'not-due' | 'no-staff-chat' | 'already-done'

/**
 * Sends today's summary once the report time has come and nobody has sent it yet. Called every
 * minute and at start, it follows a time changed in settings at once and makes up a run missed
 * while the server was down, as long as the day is still current. The key is the day, not the
 * minute, so moving the time after the summary went out does not send a second one.
 */
export async function runMorningReportIfDue(
  payload: Payload,
  now = new Date(),
): Promise<MorningRun> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const timeZone = settings.timezone || 'Asia/Tashkent'
  if (timeOfDayIn(now, timeZone) < (settings.morningReportTime || '08:00')) return 'not-due'
  // Without a staff chat there is nobody to send to: wait, rather than use up the day's run.
  if (!settings.adminChatId) return 'no-staff-chat'
  const day = calendarDateIn(now, timeZone)
  const key = `morning-report:${day}`
  const coordinator = postgresRunCoordinator(payload)
  if (!(await coordinator.shouldRun(key, LEASE_MS))) return 'already-done'
  const report = await loadMorningReport(payload, day)
  const text = morningReportText(report, textsIn(settings.staffLanguage))
  const sent = await completeWithStaffMessage(payload, key, text, `${report.orders} orders`)
  return sent ? 'sent' : 'already-done'
}
