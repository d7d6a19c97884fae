import type { UIField } from 'payload'

/** "Delivery note: print, XLSX" in the sidebar of an order's page. */
export const deliveryNoteField: UIField = {
  name: 'deliveryNote',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/plugins/commerce/features/documents/DeliveryNoteButtons#DeliveryNoteButtons',
    },
  },
}
