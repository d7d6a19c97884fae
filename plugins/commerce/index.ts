import type { CollectionConfig, Config } from 'payload'

import type { CommercePluginOptions } from './types'

import { deleteDependents } from '../../collections/deletion'

import { botSessionsCollection } from './bot/sessionsCollection'
import { staffCardField } from './bot/staff/orderCardField'
import { telegramWebhookEndpoint } from './bot/webhookEndpoint'
import { healthEndpoint } from './health/endpoint'
import { invoicesExportEndpoint } from './invoices/exportEndpoint'
import { clientInvoicesField } from './invoices/clientInvoicesField'
import { startTelegram } from './startTelegram'
import { outboxCollection } from './outbox/collection'
import { queueOrderCard } from './outbox/hooks/queueOrderCard'
import { queueStatusNotification } from './outbox/hooks/queueStatusNotification'
import { queueSupportStory } from './outbox/hooks/queueSupportStory'
import { orderPaymentActionsField, transactionRefundField } from './payments/paymentActionFields'
import { manualPaymentEndpoint, refundEndpoint } from './payments/paymentEndpoints'
import { stripeEventsCollection } from './payments/stripeEventsCollection'
import { stripeWebhookEndpoint } from './payments/webhookEndpoint'
import { morningReportEndpoint } from './scheduler/reportEndpoint'
import { runKeysCollection } from './scheduler/runKeysCollection'
import { conversationMessagesField, supportMessagesCollection } from './support/supportMessagesCollection'
import { startScheduler } from './scheduler/startScheduler'
import { telegramBlockedAtField } from './outbox/telegramBlockedAtField'

export type { CommercePluginOptions } from './types'

/** Adds its hooks and fields after the collection's own, as Payload's plugins do. */
function extend(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'orders') {
    return {
      ...collection,
      admin: {
        ...collection.admin,
        components: {
          ...collection.admin?.components,
          beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), '/plugins/commerce/invoices/ExportInvoices#OrdersInvoicesExport'],
        },
      },
      fields: [...collection.fields, staffCardField, orderPaymentActionsField],
      hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), queueStatusNotification, queueOrderCard, queueSupportStory] },
    }
  }
  if (collection.slug === 'conversations') {
    return {
      ...collection,
      admin: {
        ...collection.admin,
        components: {
          ...collection.admin?.components,
          beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), '/plugins/commerce/support/ConversationFilters#ConversationFilters'],
        },
      },
      fields: [...collection.fields, conversationMessagesField],
      hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), deleteDependents('support-messages', 'conversation')] },
    }
  }
  if (collection.slug === 'transactions') {
    return { ...collection, fields: [...collection.fields, transactionRefundField] }
  }
  if (collection.slug === 'clients') {
    return { ...collection, fields: [...collection.fields, telegramBlockedAtField, clientInvoicesField] }
  }
  return collection
}

export const commercePlugin =
  (options: CommercePluginOptions = {}) =>
  (config: Config): Config => {
    const collections = [...(config.collections ?? []).map(extend), outboxCollection(), botSessionsCollection(), runKeysCollection(), stripeEventsCollection(), supportMessagesCollection()]
    if (options.disabled) return { ...config, collections }
    return {
      ...config,
      collections,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/plugins/commerce/scheduler/MorningReportPanel#MorningReportPanel'],
        },
      },
      endpoints: [...(config.endpoints ?? []), healthEndpoint, telegramWebhookEndpoint(), morningReportEndpoint, invoicesExportEndpoint, stripeWebhookEndpoint, manualPaymentEndpoint, refundEndpoint],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        await startTelegram(payload)
        // Short-lived processes (migrations, the dev start-up) schedule nothing.
        if (process.env.TANDIR_ROLE !== 'script' && process.env.TANDIR_SCHEDULER !== 'off') startScheduler(payload)
      },
    }
  }
