import type { CommerceFeature } from '@commerce/feature'
import { newest } from '@commerce/observability/lastSuccess'
import { sql } from '@payloadcms/db-postgres'
import { cardCheckout } from './cardCheckout'
import { clickCompleteEndpoint, clickPrepareEndpoint } from './click/clickEndpoints'
import { clickTransactionsCollection } from './click/clickTransactionsCollection'
import { cardLinksCloser, closeCardLinksRenderers } from './closeCardLinks'
import { payment } from './payCommand'
import { paymeEndpoint } from './payme/paymeEndpoint'
import { cancelExpiredPaymeTransactions } from './payme/paymeMethods'
import { paymeTransactionsCollection } from './payme/paymeTransactionsCollection'
import { orderPaymentActionsField, transactionRefundField } from './paymentActionFields'
import { manualPaymentEndpoint, refundEndpoint } from './paymentEndpoints'
import { paymentProvidersSetting } from './providerSettings'
import { reconcileIfDue } from './reconcilePayments'
import { reconcileProvidersIfDue } from './reconcileProviders'
import { paymentRenderers } from './renderers'
import { stripeEventsCollection } from './stripeEventsCollection'
import { stripeWebhookEndpoint } from './webhookEndpoint'

/**
 * Money: Stripe Checkout links behind the pay button, Stripe's webhook (each event once), cash and
 * bank transfers recorded by staff, refunds, the client told of each change, and a nightly
 * reconciliation of card payments left pending.
 */
export const paymentsFeature: CommerceFeature = {
  name: 'payments',
  collections: [stripeEventsCollection(), paymeTransactionsCollection, clickTransactionsCollection],
  extendGlobals: { settings: { fields: [paymentProvidersSetting] } },
  extend: {
    orders: { fields: [orderPaymentActionsField] },
    transactions: { fields: [transactionRefundField] },
  },
  endpoints: [
    stripeWebhookEndpoint,
    manualPaymentEndpoint,
    refundEndpoint,
    paymeEndpoint,
    clickPrepareEndpoint,
    clickCompleteEndpoint,
  ],
  bot: { customers: () => payment },
  checkout: cardCheckout,
  renderers: { ...paymentRenderers, ...closeCardLinksRenderers },
  announce: [cardLinksCloser],
  integrations: [
    {
      name: 'stripeWebhook',
      lastSuccess: (payload) =>
        newest(
          payload,
          sql`select updated_at as at from stripe_events where status = 'processed'
               order by updated_at desc limit 1`,
        ),
    },
  ],
  jobs: [
    {
      name: 'stripe-reconcile',
      schedule: '*/10 * * * *',
      run: async (payload) => {
        const outcome = await reconcileIfDue(payload)
        if (typeof outcome === 'object')
          payload.logger.info(outcome, 'scheduler: pending card payments reconciled with Stripe')
        return outcome
      },
    },
    {
      // Payme's and Click's own records against our ledger, nightly; differences to the staff chat.
      name: 'providers-reconcile',
      schedule: '*/10 * * * *',
      run: (payload) => reconcileProvidersIfDue(payload),
    },
    {
      // Payme's 12-hour time-out (reason 4) for transactions Payme never touches again.
      name: 'payme-timeout',
      schedule: '*/15 * * * *',
      run: (payload) => cancelExpiredPaymeTransactions(payload),
    },
  ],
}
