import { postgresRunCoordinator } from '@commerce/scheduler/runCoordinator'
import type { ScheduledJob } from '@commerce/scheduler/startScheduler'
import { pullSchedule } from '@/domain/stockPull'
import { pullStock } from './pullStock'

/**
 * The warehouse pull, every WAREHOUSE_PULL_MINUTES (5 by default). Every server ticks; the run
 * key of the tick's slot lets one of them pull.
 */
export function warehousePullJob(env: NodeJS.ProcessEnv = process.env): ScheduledJob {
  const minutes = Number(env.WAREHOUSE_PULL_MINUTES || 5)
  return {
    name: 'warehouse-pull',
    schedule: pullSchedule(env.WAREHOUSE_PULL_MINUTES),
    run: async (payload) => {
      if (!env.WAREHOUSE_API_URL) return 'not configured'
      const slot = Math.floor(Date.now() / (minutes * 60_000))
      const key = `warehouse-pull:${slot}`
      const runs = postgresRunCoordinator(payload)
      if (!(await runs.shouldRun(key, minutes * 60_000))) return 'another server pulls'
      const outcome = await pullStock(payload)
      await runs.onComplete(key)
      return outcome
    },
  }
}
