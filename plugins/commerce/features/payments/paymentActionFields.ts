import type { UIField } from 'payload'

/** "Record a payment" and "Refund" in an order's sidebar. */
export const orderPaymentActionsField: UIField = {
  name: 'paymentActions',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/plugins/commerce/features/payments/PaymentActions#OrderPaymentActions' },
  },
}

/** "Refund" in a payment transaction's sidebar. */
export const transactionRefundField: UIField = {
  name: 'refundAction',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/plugins/commerce/features/payments/PaymentActions#TransactionRefundAction',
    },
  },
}
