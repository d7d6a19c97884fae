import { reconcileIfDue } from '@commerce/features/payments/reconcilePayments'
import { type MorningRun, runMorningReportIfDue } from '@commerce/features/reports/morningReportJob'
import cron from 'node-cron'
import type { Payload } from 'payload'

export interface Scheduler {
  /** The run made at start, which makes up what was missed while the server was down. */
  caughtUp: Promise<MorningRun | 'failed'>
  stop: () => Promise<void>
}

/**
 * The scheduled work of this server. Every server runs the same ticks; the run keys in
 * PostgreSQL decide which one does each run.
 */
export function startScheduler(payload: Payload): Scheduler {
  const morning = async (): Promise<MorningRun | 'failed'> => {
    try {
      const outcome = await runMorningReportIfDue(payload)
      if (outcome === 'sent')
        payload.logger.info('scheduler: morning summary queued for the staff chat')
      return outcome
    } catch (error) {
      payload.logger.error({ err: error }, 'scheduler: morning summary failed')
      return 'failed'
    }
  }
  const reconcile = async () => {
    try {
      const outcome = await reconcileIfDue(payload)
      if (typeof outcome === 'object')
        payload.logger.info(outcome, 'scheduler: pending card payments reconciled with Stripe')
    } catch (error) {
      payload.logger.error({ err: error }, 'scheduler: reconciling card payments failed')
    }
  }
  const task = cron.schedule('* * * * *', morning, { name: 'morning-report', noOverlap: true })
  const daily = cron.schedule('*/10 * * * *', reconcile, {
    name: 'stripe-reconcile',
    noOverlap: true,
  })
  const caughtUp = morning()
  const stop = async () => {
    await Promise.all([task.destroy(), daily.destroy()])
    await caughtUp
  }
  const previousDestroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    await stop()
    await previousDestroy()
  }
  return { caughtUp, stop }
}
