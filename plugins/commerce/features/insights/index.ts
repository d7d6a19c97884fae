import type { CommerceFeature } from '@commerce/feature'
import { insightsEndpoint } from './insightsEndpoint'

/**
 * The admin's conversation insights: messages per day, first response and resolution times per
 * staff member and overall, and clients' messages by category over time, on the dashboard and
 * at `GET /api/support/insights`.
 */
export const insightsFeature: CommerceFeature = {
  name: 'insights',
  endpoints: [insightsEndpoint],
  afterDashboard: ['/plugins/commerce/features/insights/SupportInsights#SupportInsights'],
}
