import { MoneyCell as MoneyCell_4ce614dc9a4594a849b5a5646d9ddb3b } from '@/admin/MoneyCell'
import { MoneyField as MoneyField_7897d8b18e6f9f8fafbd118e49ad8487 } from '@/admin/MoneyField'
import { OrderLineLabel as OrderLineLabel_78326a3a114c7ea0ff69220756a77262 } from '@/admin/OrderLineLabel'
import { OrderWorkflow as OrderWorkflow_6b6e6a7710ea03d3155d5281be0fe212 } from '@/admin/OrderWorkflow'
import { StatusHistoryLabel as StatusHistoryLabel_8303f882a747fa01820e94c561e7ca3e } from '@/admin/StatusHistoryLabel'
import { OrderPaymentActions as OrderPaymentActions_0edb5929b64b992a8430e160cc6a9760 } from '@commerce/features/payments/PaymentActions'
import { OrdersInvoicesExport as OrdersInvoicesExport_f52ffe69e345ab7cbcecdd0eb33fa335 } from '@commerce/features/invoices/ExportInvoices'
import { ClientInvoicesExport as ClientInvoicesExport_f52ffe69e345ab7cbcecdd0eb33fa335 } from '@commerce/features/invoices/ExportInvoices'
import { TransactionRefundAction as TransactionRefundAction_0edb5929b64b992a8430e160cc6a9760 } from '@commerce/features/payments/PaymentActions'
import { ConversationFilters as ConversationFilters_fb3013b1439960b2cee851b8feec0aab } from '@commerce/features/support/ConversationFilters'
import { MorningReportPanel as MorningReportPanel_2983777514f0697783d0c40bf3912e99 } from '@commerce/features/reports/MorningReportPanel'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/MoneyCell#MoneyCell": MoneyCell_4ce614dc9a4594a849b5a5646d9ddb3b,
  "/src/admin/MoneyField#MoneyField": MoneyField_7897d8b18e6f9f8fafbd118e49ad8487,
  "/src/admin/OrderLineLabel#OrderLineLabel": OrderLineLabel_78326a3a114c7ea0ff69220756a77262,
  "/src/admin/OrderWorkflow#OrderWorkflow": OrderWorkflow_6b6e6a7710ea03d3155d5281be0fe212,
  "/src/admin/StatusHistoryLabel#StatusHistoryLabel": StatusHistoryLabel_8303f882a747fa01820e94c561e7ca3e,
  "/plugins/commerce/features/payments/PaymentActions#OrderPaymentActions": OrderPaymentActions_0edb5929b64b992a8430e160cc6a9760,
  "/plugins/commerce/features/invoices/ExportInvoices#OrdersInvoicesExport": OrdersInvoicesExport_f52ffe69e345ab7cbcecdd0eb33fa335,
  "/plugins/commerce/features/invoices/ExportInvoices#ClientInvoicesExport": ClientInvoicesExport_f52ffe69e345ab7cbcecdd0eb33fa335,
  "/plugins/commerce/features/payments/PaymentActions#TransactionRefundAction": TransactionRefundAction_0edb5929b64b992a8430e160cc6a9760,
  "/plugins/commerce/features/support/ConversationFilters#ConversationFilters": ConversationFilters_fb3013b1439960b2cee851b8feec0aab,
  "/plugins/commerce/features/reports/MorningReportPanel#MorningReportPanel": MorningReportPanel_2983777514f0697783d0c40bf3912e99,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
