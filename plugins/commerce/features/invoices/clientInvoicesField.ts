import type { UIField } from 'payload'

/** "Export invoices" for this client alone, in the sidebar of a client's page. */
export const clientInvoicesField: UIField = {
  name: 'invoicesExport',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/plugins/commerce/features/invoices/ExportInvoices#ClientInvoicesExport',
    },
  },
}
