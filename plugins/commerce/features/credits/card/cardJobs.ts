import type { ScheduledJob } from '@commerce/scheduler/startScheduler'
import { runAutoRecharge } from './autoRecharge'

export const cardJobs: ScheduledJob[] = [
  {
    name: 'credits-autorecharge',
    schedule: '* * * * *',
    run: async (payload) => {
      const outcome = await runAutoRecharge(payload)
      if (typeof outcome === 'object' && outcome.wallets > 0)
        payload.logger.info(outcome, 'scheduler: auto-recharge charged the wallets due')
      return outcome
    },
  },
]
