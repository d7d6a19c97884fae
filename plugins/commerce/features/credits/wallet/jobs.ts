import type { ScheduledJob } from '@commerce/scheduler/startScheduler'
import { checkLedgerIfDue } from './ledgerCheck'
import { recordEndedPasses, warnEndingPasses } from './passWarnings'

/** The wallets' scheduled work: pass warnings and ends every few minutes, the ledger check nightly. */
export const walletJobs: ScheduledJob[] = [
  {
    name: 'credits-passes',
    schedule: '*/5 * * * *',
    atStart: true,
    run: async (payload) => {
      const warned = await warnEndingPasses(payload)
      const ended = await recordEndedPasses(payload)
      if (warned || ended)
        payload.logger.info(
          { warned, ended },
          'scheduler: pass holders warned, ended passes recorded',
        )
      return { warned, ended }
    },
  },
  {
    name: 'credits-ledger-check',
    schedule: '*/15 * * * *',
    atStart: true,
    run: (payload) => checkLedgerIfDue(payload),
  },
]
