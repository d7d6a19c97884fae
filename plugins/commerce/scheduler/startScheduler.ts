import type { Payload } from 'payload'

import cron from 'node-cron'

import { runMorningReportIfDue } from './morningReportJob'

/**
 * The scheduled work of this server. Every server runs the same ticks; the run keys in
 * PostgreSQL decide which one does each run.
 */
export function startScheduler(payload: Payload): void {
  const morning = async () => {
    try {
      const outcome = await runMorningReportIfDue(payload)
      if (outcome === 'sent') payload.logger.info('scheduler: morning summary queued for the staff chat')
    } catch (error) {
      payload.logger.error({ err: error }, 'scheduler: morning summary failed')
    }
  }
  const task = cron.schedule('* * * * *', morning, { name: 'morning-report', noOverlap: true })
  // A run missed while the server was down is made up now, not at the next minute.
  void morning()
  const previousDestroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    await task.destroy()
    await previousDestroy()
  }
}
