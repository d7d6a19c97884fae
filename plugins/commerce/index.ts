import type { CollectionConfig, CollectionSlug, Config, GlobalConfig, GlobalSlug } from 'payload'
import { survivePoolErrors } from '@/shared/db/survivePoolErrors'
import { outsideRequest } from '@/shared/observability/requestId'
import { runningAsScript } from '@/shared/processRole'
import { floodMutedNotice } from './bot/flood/floodNotice'
import { floodSettings } from './bot/flood/floodSettings'
import { seenUpdatesCollection } from './bot/seenUpdatesCollection'
import { botSessionsCollection } from './bot/sessionsCollection'
import { telegramWebhookEndpoint } from './bot/webhookEndpoint'
import {
  type CollectionAdditions,
  type CommerceFeature,
  type GlobalAdditions,
  withCommerce,
} from './feature'
import { assistsFeature } from './features/assists'
import { auditFeature } from './features/audit'
import { courierFeature } from './features/courier'
import { creditsFeature } from './features/credits'
import { documentsFeature } from './features/documents'
import { insightsFeature } from './features/insights'
import { invoicesFeature } from './features/invoices'
import { miniappFeature } from './features/miniapp'
import { orderingFeature } from './features/ordering'
import { paymentsFeature } from './features/payments'
import { priceListFeature } from './features/priceList'
import { receivablesFeature } from './features/receivables'
import { reportsFeature } from './features/reports'
import { shopButtonFeature } from './features/shopButton'
import { staffFeature } from './features/staff'
import { stockFeature } from './features/stock'
import { supportFeature } from './features/support'
import { integrationRenderers } from './integrations/alertRenderer'
import { integrationFailuresCollection } from './integrations/failuresCollection'
import { integrationStatusCollection } from './integrations/statusCollection'
import { observabilityEndpoints } from './observability'
import { type CommercePluginOptions, resolveCommerceOptions } from './options'
import { announceHooks } from './outbox/announce'
import { outboxCollection } from './outbox/collection'
import { telegramBlockedAtField } from './outbox/telegramBlockedAtField'
import { runKeysCollection } from './scheduler/runKeysCollection'
import { startScheduler } from './scheduler/startScheduler'
import { sendBudgetCollection } from './sendBudget/collection'
import { startTelegram } from './startTelegram'

export type { CommercePluginOptions } from './options'

/**
 * The features in the order their bot handlers are tried: a customer's message that no flow of
 * ordering or payments takes goes to support.
 */
const FEATURES: CommerceFeature[] = [
  orderingFeature,
  paymentsFeature,
  creditsFeature,
  priceListFeature,
  shopButtonFeature,
  supportFeature,
  assistsFeature,
  staffFeature,
  reportsFeature,
  invoicesFeature,
  documentsFeature,
  receivablesFeature,
  auditFeature,
  miniappFeature,
  courierFeature,
  stockFeature,
  insightsFeature,
]

/** The core's own additions: a client who blocked the bot is marked by the outbox. */
const CORE: CommerceFeature = {
  name: 'core',
  collections: [
    outboxCollection(),
    botSessionsCollection(),
    runKeysCollection(),
    seenUpdatesCollection(),
    sendBudgetCollection(),
    integrationStatusCollection(),
    integrationFailuresCollection(),
  ],
  renderers: { ...integrationRenderers, 'flood.muted': floodMutedNotice },
  extend: { clients: { fields: [telegramBlockedAtField] } },
  extendGlobals: { settings: { fields: [floodSettings] } },
  endpoints: [...observabilityEndpoints, telegramWebhookEndpoint()],
}

/** Adds fields, hooks and list components after the collection's own, as Payload's plugins do. */
function add(collection: CollectionConfig, additions: CollectionAdditions[]): CollectionConfig {
  const { admin, hooks } = collection
  const defaultColumns = additions.flatMap((addition) => addition.defaultColumns ?? [])
  const defaultSort = additions.findLast((addition) => addition.defaultSort)?.defaultSort
  return {
    ...collection,
    ...(defaultSort ? { defaultSort } : {}),
    admin: {
      ...admin,
      ...(admin?.defaultColumns && defaultColumns.length
        ? { defaultColumns: [...admin.defaultColumns, ...defaultColumns] }
        : {}),
      components: {
        ...admin?.components,
        beforeListTable: [
          ...(admin?.components?.beforeListTable ?? []),
          ...additions.flatMap((addition) => addition.beforeListTable ?? []),
        ],
      },
    },
    fields: [...collection.fields, ...additions.flatMap((addition) => addition.fields ?? [])],
    endpoints:
      collection.endpoints === false
        ? false
        : [
            ...(collection.endpoints ?? []),
            ...additions.flatMap((addition) => addition.endpoints ?? []),
          ],
    hooks: {
      ...hooks,
      afterChange: [
        ...(hooks?.afterChange ?? []),
        ...additions.flatMap((addition) => addition.afterChange ?? []),
      ],
      beforeDelete: [
        ...(hooks?.beforeDelete ?? []),
        ...additions.flatMap((addition) => addition.beforeDelete ?? []),
      ],
      afterDelete: [
        ...(hooks?.afterDelete ?? []),
        ...additions.flatMap((addition) => addition.afterDelete ?? []),
      ],
    },
  }
}

/** Adds fields and hooks after the global's own. */
function addToGlobal(global: GlobalConfig, additions: GlobalAdditions[]): GlobalConfig {
  return {
    ...global,
    fields: [...global.fields, ...additions.flatMap((addition) => addition.fields ?? [])],
    hooks: {
      ...global.hooks,
      afterChange: [
        ...(global.hooks?.afterChange ?? []),
        ...additions.flatMap((addition) => addition.afterChange ?? []),
      ],
    },
  }
}

/**
 * The commerce plugin: the Telegram bot, the outbox, the scheduler and the features built on them.
 * It builds a new config rather than editing the one it is given.
 */
export const commercePlugin =
  (given: CommercePluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveCommerceOptions(given)
    const features = [CORE, ...FEATURES]
    const announce = announceHooks(features.flatMap((feature) => feature.announce ?? []))
    const extend = (collection: CollectionConfig) => {
      const slug = collection.slug as CollectionSlug
      const additions = features
        .flatMap((feature) => feature.extend?.[slug] ?? [])
        .map((addition) => (options.disabled ? { ...addition, endpoints: [] } : addition))
      const announcer = announce[slug]
      if (announcer) additions.push({ afterChange: [announcer] })
      return additions.length ? add(collection, additions) : collection
    }
    const collections = [
      ...(config.collections ?? []).map(extend),
      // A feature's own collections take additions too (assists' triage on support messages).
      ...features.flatMap((feature) => feature.collections ?? []).map(extend),
    ]
    const globals = (config.globals ?? []).map((global) => {
      const additions = features.flatMap(
        (feature) => feature.extendGlobals?.[global.slug as GlobalSlug] ?? [],
      )
      return additions.length ? addToGlobal(global, additions) : global
    })
    const custom = withCommerce(config.custom, { options, features })
    if (options.disabled) return { ...config, collections, globals, custom }
    return {
      ...config,
      collections,
      globals,
      custom,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            ...features.flatMap((feature) => feature.dashboard ?? []),
          ],
          afterDashboard: [
            ...(config.admin?.components?.afterDashboard ?? []),
            ...features.flatMap((feature) => feature.afterDashboard ?? []),
          ],
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            ...features.flatMap((feature) => feature.navLinks ?? []),
          ],
          views: Object.assign(
            {},
            config.admin?.components?.views,
            ...features.map((feature) => feature.views ?? {}),
          ),
        },
      },
      endpoints: [
        ...(config.endpoints ?? []),
        ...features.flatMap((feature) => feature.endpoints ?? []),
      ],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        survivePoolErrors(payload)
        // Short-lived processes (migrations, the dev start-up) start no background work.
        if (runningAsScript()) return
        await outsideRequest(async () => {
          await startTelegram(payload)
          if (options.runScheduler) startScheduler(payload)
        })
      },
    }
  }
