import type { CommerceFeature } from '@commerce/feature'
import { clientInvoicesField } from './clientInvoicesField'
import { invoicesExportEndpoint } from './exportEndpoint'

/**
 * Monthly invoices as one Excel workbook (a summary and an invoice per client, with
 * reconciliation acts on request), from the orders list, a client's page or the API.
 */
export const invoicesFeature: CommerceFeature = {
  name: 'invoices',
  extend: {
    orders: {
      beforeListTable: ['/plugins/commerce/features/invoices/ExportInvoices#OrdersInvoicesExport'],
    },
    clients: { fields: [clientInvoicesField] },
  },
  endpoints: [invoicesExportEndpoint],
}
