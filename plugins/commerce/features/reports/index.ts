import type { CommerceFeature } from '@commerce/feature'
import { dashboardEndpoint } from './dashboardEndpoint'
import { runMorningReportIfDue } from './morningReportJob'
import { morningReportEndpoint } from './reportEndpoint'
import { todayCommand } from './todayCommand'

/**
 * The morning summary: what to bake and deliver today, in the staff chat at the time the
 * settings say (once, whatever the number of servers), on `/today`, at
 * `GET /api/reports/morning`. And the manager's dashboard: the production plan for any day,
 * the sales figures against the periods before, best sellers, support and a 90-day chart, at
 * `GET /api/reports/dashboard`.
 */
export const reportsFeature: CommerceFeature = {
  name: 'reports',
  endpoints: [morningReportEndpoint, dashboardEndpoint],
  dashboard: ['/plugins/commerce/features/reports/Dashboard#Dashboard'],
  bot: { staff: todayCommand, staffOnlyCommands: ['today'] },
  jobs: [
    {
      name: 'morning-report',
      schedule: '* * * * *',
      atStart: true,
      run: async (payload) => {
        const outcome = await runMorningReportIfDue(payload)
        if (outcome === 'sent')
          payload.logger.info('scheduler: morning summary queued for the staff chat')
        return outcome
      },
    },
  ],
}
