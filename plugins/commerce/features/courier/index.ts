import type { CommerceFeature } from '@commerce/feature'
import { courierEventsCollection } from './courierEventsCollection'
import { deliveriesCollection } from './deliveriesCollection'

/**
 * Courier dispatch: a delivery requested from the courier service when a delivery order is ready
 * to leave, its webhooks moving the order only where the workflow allows, conflicts kept for staff.
 */
export const courierFeature: CommerceFeature = {
  name: 'courier',
  collections: [deliveriesCollection(), courierEventsCollection()],
}
