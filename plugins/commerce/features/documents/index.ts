import type { CommerceFeature } from '@commerce/feature'
import { deliveryNoteEndpoint } from './deliveryNoteEndpoint'
import { deliveryNoteField } from './deliveryNoteField'
import { driverListEndpoint } from './driverListEndpoint'
import { routeField } from './routeField'
import { routesEndpoint } from './routesEndpoint'

/**
 * Printed paper for the bakery: a delivery note per order (in the client's language or the
 * seller's) and a driver's list per day and route (addresses, phones, what to hand over and to
 * collect), as A4 pages to print from the browser or as XLSX. Clients get a route for it.
 */
export const documentsFeature: CommerceFeature = {
  name: 'documents',
  extend: {
    clients: { fields: [routeField], defaultColumns: ['route'] },
    orders: {
      fields: [deliveryNoteField],
      endpoints: [deliveryNoteEndpoint],
      beforeListTable: ['/plugins/commerce/features/documents/DriverListPicker#DriverListPicker'],
    },
  },
  endpoints: [driverListEndpoint, routesEndpoint],
}
