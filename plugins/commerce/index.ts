import type {
  CollectionAfterChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  Config,
  Field,
} from 'payload'
import { deleteDependents } from '@/shared/deletion'
import { seenUpdatesCollection } from './bot/seenUpdatesCollection'
import { botSessionsCollection } from './bot/sessionsCollection'
import { telegramWebhookEndpoint } from './bot/webhookEndpoint'
import { healthEndpoint } from './features/health/endpoint'
import { clientInvoicesField } from './features/invoices/clientInvoicesField'
import { invoicesExportEndpoint } from './features/invoices/exportEndpoint'
import {
  orderPaymentActionsField,
  transactionRefundField,
} from './features/payments/paymentActionFields'
import { manualPaymentEndpoint, refundEndpoint } from './features/payments/paymentEndpoints'
import { stripeEventsCollection } from './features/payments/stripeEventsCollection'
import { stripeWebhookEndpoint } from './features/payments/webhookEndpoint'
import { morningReportEndpoint } from './features/reports/reportEndpoint'
import { staffCardField } from './features/staff/orderCardField'
import {
  conversationMessagesField,
  supportMessagesCollection,
} from './features/support/supportMessagesCollection'
import { outboxCollection } from './outbox/collection'
import { announceOrderMove } from './outbox/hooks/announceOrderMove'
import { telegramBlockedAtField } from './outbox/telegramBlockedAtField'
import { runKeysCollection } from './scheduler/runKeysCollection'
import { startScheduler } from './scheduler/startScheduler'
import { startTelegram } from './startTelegram'
import type { CommercePluginOptions } from './types'

export type { CommercePluginOptions } from './types'

interface Additions {
  fields?: Field[]
  afterChange?: CollectionAfterChangeHook[]
  beforeDelete?: CollectionBeforeDeleteHook[]
  /** Admin components above the list view. */
  beforeListTable?: string[]
}

/** Adds fields, hooks and list components after the collection's own, as Payload's plugins do. */
function add(
  collection: CollectionConfig,
  { fields = [], afterChange = [], beforeDelete = [], beforeListTable = [] }: Additions,
): CollectionConfig {
  const { admin, hooks } = collection
  return {
    ...collection,
    admin: {
      ...admin,
      components: {
        ...admin?.components,
        beforeListTable: [...(admin?.components?.beforeListTable ?? []), ...beforeListTable],
      },
    },
    fields: [...collection.fields, ...fields],
    hooks: {
      ...hooks,
      afterChange: [...(hooks?.afterChange ?? []), ...afterChange],
      beforeDelete: [...(hooks?.beforeDelete ?? []), ...beforeDelete],
    },
  }
}

/** What the plugin adds to the business collections. */
const ADDITIONS: Record<string, Additions> = {
  orders: {
    fields: [staffCardField, orderPaymentActionsField],
    afterChange: [announceOrderMove],
    beforeListTable: ['/plugins/commerce/features/invoices/ExportInvoices#OrdersInvoicesExport'],
  },
  conversations: {
    fields: [conversationMessagesField],
    beforeDelete: [deleteDependents('support-messages', 'conversation')],
    beforeListTable: ['/plugins/commerce/features/support/ConversationFilters#ConversationFilters'],
  },
  transactions: { fields: [transactionRefundField] },
  clients: { fields: [telegramBlockedAtField, clientInvoicesField] },
}

const extend = (collection: CollectionConfig) =>
  ADDITIONS[collection.slug] ? add(collection, ADDITIONS[collection.slug]) : collection

export const commercePlugin =
  (options: CommercePluginOptions = {}) =>
  (config: Config): Config => {
    const collections = [
      ...(config.collections ?? []).map(extend),
      outboxCollection(),
      botSessionsCollection(),
      runKeysCollection(),
      stripeEventsCollection(),
      supportMessagesCollection(),
      seenUpdatesCollection(),
    ]
    if (options.disabled) return { ...config, collections }
    return {
      ...config,
      collections,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            '/plugins/commerce/features/reports/MorningReportPanel#MorningReportPanel',
          ],
        },
      },
      endpoints: [
        ...(config.endpoints ?? []),
        healthEndpoint,
        telegramWebhookEndpoint(),
        morningReportEndpoint,
        invoicesExportEndpoint,
        stripeWebhookEndpoint,
        manualPaymentEndpoint,
        refundEndpoint,
      ],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        await startTelegram(payload)
        // Short-lived processes (migrations, the dev start-up) schedule nothing.
        if (process.env.TANDIR_ROLE !== 'script' && process.env.TANDIR_SCHEDULER !== 'off')
          startScheduler(payload)
      },
    }
  }
