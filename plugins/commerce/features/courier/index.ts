import type { CommerceFeature } from '@commerce/feature'
import { newest } from '@commerce/observability/lastSuccess'
import { sql } from '@payloadcms/db-postgres'
import { courierEventsCollection } from './courierEventsCollection'
import { deliveriesCollection } from './deliveriesCollection'
import { dispatchCourier } from './dispatchCourier'
import { courierRenderers } from './renderers'
import { courierWebhookEndpoint } from './webhookEndpoint'

/**
 * Courier dispatch: a delivery requested from the courier service when a delivery order is ready
 * to leave, its webhooks moving the order only where the workflow allows, conflicts kept for staff.
 */
export const courierFeature: CommerceFeature = {
  name: 'courier',
  collections: [deliveriesCollection(), courierEventsCollection()],
  extend: { orders: { afterChange: [dispatchCourier] } },
  endpoints: [courierWebhookEndpoint],
  renderers: courierRenderers,
  integrations: [
    {
      name: 'courierWebhook',
      lastSuccess: (payload) =>
        newest(payload, sql`select created_at as at from courier_events order by id desc limit 1`),
    },
  ],
}
