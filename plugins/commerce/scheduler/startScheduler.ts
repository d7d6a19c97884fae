import { commerceOf } from '@commerce/feature'
import cron from 'node-cron'
import type { Payload } from 'payload'
import { onShutdown } from '@/shared/shutdown'
import { withOrigin } from '@/shared/writeOrigin'

/** Work a feature runs on a schedule; every server runs the same ticks, run keys decide who works. */
export interface ScheduledJob {
  name: string
  /** A cron expression, in the server's time; a job checks the business's time zone itself. */
  schedule: string
  /** Returns what it did, for the log and for tests. */
  run: (payload: Payload) => Promise<unknown>
  /** Runs at start too, making up what was missed while the server was down. */
  atStart?: boolean
}

export interface Scheduler {
  /** The runs made at start, by job name ('failed' for one that threw). */
  caughtUp: Promise<Record<string, unknown>>
  stop: () => Promise<void>
}

/** The scheduled work of this server: the jobs the plugin's features registered. */
export function startScheduler(
  payload: Payload,
  jobs: ScheduledJob[] = commerceOf(payload).features.flatMap((feature) => feature.jobs ?? []),
): Scheduler {
  const guarded = (job: ScheduledJob) => async () => {
    try {
      // Every write of the run is the job's: the audit log names it.
      return await withOrigin({ door: 'job', name: job.name }, () => job.run(payload))
    } catch (error) {
      payload.logger.error({ err: error }, `scheduler: ${job.name} failed`)
      return 'failed'
    }
  }
  const tasks = jobs.map((job) =>
    cron.schedule(job.schedule, guarded(job), { name: job.name, noOverlap: true }),
  )
  const caughtUp = Promise.all(
    jobs.filter((job) => job.atStart).map(async (job) => [job.name, await guarded(job)()] as const),
  ).then(Object.fromEntries)
  const stop = async () => {
    await Promise.all(tasks.map((task) => task.destroy()))
    await caughtUp
  }
  onShutdown(payload, stop)
  return { caughtUp, stop }
}
