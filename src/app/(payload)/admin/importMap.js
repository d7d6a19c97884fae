import { MoneyCell as MoneyCell_4ce614dc9a4594a849b5a5646d9ddb3b } from '../../../../src/admin/MoneyCell'
import { MoneyField as MoneyField_7897d8b18e6f9f8fafbd118e49ad8487 } from '../../../../src/admin/MoneyField'
import { OrderLineLabel as OrderLineLabel_78326a3a114c7ea0ff69220756a77262 } from '../../../../src/admin/OrderLineLabel'
import { OrderDraftPrices as OrderDraftPrices_01eee833bcaba39aca319d2c514417b2 } from '../../../../src/admin/OrderDraftPrices'
import { StatusSelect as StatusSelect_a6522b5cb48e6531f1b737b631e81355 } from '../../../../src/admin/StatusSelect'
import { OrderWorkflow as OrderWorkflow_6b6e6a7710ea03d3155d5281be0fe212 } from '../../../../src/admin/OrderWorkflow'
import { StatusHistoryLabel as StatusHistoryLabel_8303f882a747fa01820e94c561e7ca3e } from '../../../../src/admin/StatusHistoryLabel'
import { OrderPaymentActions as OrderPaymentActions_26bfa31089e7be894d922b59b5d2c7d5 } from '../../../../plugins/commerce/features/payments/PaymentActions'
import { DeliveryNoteButtons as DeliveryNoteButtons_17712f7a71ad358b633a2ac581e4c7ea } from '../../../../plugins/commerce/features/documents/DeliveryNoteButtons'
import { AuditTrail as AuditTrail_8ac78e94d1efffcb7ff67d58614db743 } from '../../../../plugins/commerce/features/audit/AuditTrail'
import { BulkStatusMove as BulkStatusMove_9db01af7ec8493d0431ad8d16f66a8e9 } from '../../../../src/admin/BulkStatusMove'
import { OrdersInvoicesExport as OrdersInvoicesExport_0a4fb7d168d7f176118b0b437049f1ae } from '../../../../plugins/commerce/features/invoices/ExportInvoices'
import { DriverListPicker as DriverListPicker_4869cbc88f744045050ebb38ec741732 } from '../../../../plugins/commerce/features/documents/DriverListPicker'
import { ClientInvoicesExport as ClientInvoicesExport_0a4fb7d168d7f176118b0b437049f1ae } from '../../../../plugins/commerce/features/invoices/ExportInvoices'
import { JsonView as JsonView_10cc8d4865518ffb417729dbfd68148e } from '../../../../src/admin/JsonView'
import { TransactionRefundAction as TransactionRefundAction_26bfa31089e7be894d922b59b5d2c7d5 } from '../../../../plugins/commerce/features/payments/PaymentActions'
import { RefundStarsButton as RefundStarsButton_4d70e4fa783fa64fd01a517a5b625c70 } from '../../../../plugins/commerce/features/credits/stars/RefundStarsButton'
import { ConversationFilters as ConversationFilters_07a530afe5fabc8431ed85d2567df5a1 } from '../../../../plugins/commerce/features/support/ConversationFilters'
import { FailureActions as FailureActions_9edc95a17adbbdedb2154864f748232f } from '../../../../plugins/commerce/integrations/FailureActions'
import { AuditChangesField as AuditChangesField_72014db37522e6807c1d541088146834 } from '../../../../plugins/commerce/features/audit/AuditChanges'
import { PickListLinks as PickListLinks_c8b250bab595eab57e4ba286e2512412 } from '../../../../plugins/commerce/features/stock/PickListLinks'
import { CreditsAnalytics as CreditsAnalytics_928672426068dfdeed6411a1d604d803 } from '../../../../plugins/commerce/features/credits/analytics/CreditsAnalytics'
import { SupportInsights as SupportInsights_1cb3c170d092c09d32e5fd9039be25e5 } from '../../../../plugins/commerce/features/insights/SupportInsights'
import { ReceivablesNavLink as ReceivablesNavLink_1fa97eb7eacc421e9cef34ed278a3783 } from '../../../../plugins/commerce/features/receivables/ReceivablesNavLink'
import { Dashboard as Dashboard_df879e942d4c924f12b1372474db2de9 } from '../../../../plugins/commerce/features/reports/Dashboard'
import { ReceivablesView as ReceivablesView_c42cf62e2232afdabe1bf77606f7712d } from '../../../../plugins/commerce/features/receivables/ReceivablesView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/MoneyCell#MoneyCell": MoneyCell_4ce614dc9a4594a849b5a5646d9ddb3b,
  "/src/admin/MoneyField#MoneyField": MoneyField_7897d8b18e6f9f8fafbd118e49ad8487,
  "/src/admin/OrderLineLabel#OrderLineLabel": OrderLineLabel_78326a3a114c7ea0ff69220756a77262,
  "/src/admin/OrderDraftPrices#OrderDraftPrices": OrderDraftPrices_01eee833bcaba39aca319d2c514417b2,
  "/src/admin/StatusSelect#StatusSelect": StatusSelect_a6522b5cb48e6531f1b737b631e81355,
  "/src/admin/OrderWorkflow#OrderWorkflow": OrderWorkflow_6b6e6a7710ea03d3155d5281be0fe212,
  "/src/admin/StatusHistoryLabel#StatusHistoryLabel": StatusHistoryLabel_8303f882a747fa01820e94c561e7ca3e,
  "/plugins/commerce/features/payments/PaymentActions#OrderPaymentActions": OrderPaymentActions_26bfa31089e7be894d922b59b5d2c7d5,
  "/plugins/commerce/features/documents/DeliveryNoteButtons#DeliveryNoteButtons": DeliveryNoteButtons_17712f7a71ad358b633a2ac581e4c7ea,
  "/plugins/commerce/features/audit/AuditTrail#AuditTrail": AuditTrail_8ac78e94d1efffcb7ff67d58614db743,
  "/src/admin/BulkStatusMove#BulkStatusMove": BulkStatusMove_9db01af7ec8493d0431ad8d16f66a8e9,
  "/plugins/commerce/features/invoices/ExportInvoices#OrdersInvoicesExport": OrdersInvoicesExport_0a4fb7d168d7f176118b0b437049f1ae,
  "/plugins/commerce/features/documents/DriverListPicker#DriverListPicker": DriverListPicker_4869cbc88f744045050ebb38ec741732,
  "/plugins/commerce/features/invoices/ExportInvoices#ClientInvoicesExport": ClientInvoicesExport_0a4fb7d168d7f176118b0b437049f1ae,
  "/src/admin/JsonView#JsonView": JsonView_10cc8d4865518ffb417729dbfd68148e,
  "/plugins/commerce/features/payments/PaymentActions#TransactionRefundAction": TransactionRefundAction_26bfa31089e7be894d922b59b5d2c7d5,
  "/plugins/commerce/features/credits/stars/RefundStarsButton#RefundStarsButton": RefundStarsButton_4d70e4fa783fa64fd01a517a5b625c70,
  "/plugins/commerce/features/support/ConversationFilters#ConversationFilters": ConversationFilters_07a530afe5fabc8431ed85d2567df5a1,
  "/plugins/commerce/integrations/FailureActions#FailureActions": FailureActions_9edc95a17adbbdedb2154864f748232f,
  "/plugins/commerce/features/audit/AuditChanges#AuditChangesField": AuditChangesField_72014db37522e6807c1d541088146834,
  "/plugins/commerce/features/stock/PickListLinks#PickListLinks": PickListLinks_c8b250bab595eab57e4ba286e2512412,
  "/plugins/commerce/features/credits/analytics/CreditsAnalytics#CreditsAnalytics": CreditsAnalytics_928672426068dfdeed6411a1d604d803,
  "/plugins/commerce/features/insights/SupportInsights#SupportInsights": SupportInsights_1cb3c170d092c09d32e5fd9039be25e5,
  "/plugins/commerce/features/receivables/ReceivablesNavLink#ReceivablesNavLink": ReceivablesNavLink_1fa97eb7eacc421e9cef34ed278a3783,
  "/plugins/commerce/features/reports/Dashboard#Dashboard": Dashboard_df879e942d4c924f12b1372474db2de9,
  "/plugins/commerce/features/receivables/ReceivablesView#ReceivablesView": ReceivablesView_c42cf62e2232afdabe1bf77606f7712d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
