import type { CollectionConfig, Config } from 'payload'

import type { CommercePluginOptions } from './types'

import { botSessionsCollection } from './bot/sessionsCollection'
import { telegramWebhookEndpoint } from './bot/webhookEndpoint'
import { healthEndpoint } from './health/endpoint'
import { startTelegram } from './startTelegram'
import { outboxCollection } from './outbox/collection'
import { queueStatusNotification } from './outbox/hooks/queueStatusNotification'
import { telegramBlockedAtField } from './outbox/telegramBlockedAtField'

export type { CommercePluginOptions } from './types'

/** Adds its hooks and fields after the collection's own, as Payload's plugins do. */
function extend(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'orders') {
    return {
      ...collection,
      hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), queueStatusNotification] },
    }
  }
  if (collection.slug === 'clients') {
    return { ...collection, fields: [...collection.fields, telegramBlockedAtField] }
  }
  return collection
}

export const commercePlugin =
  (options: CommercePluginOptions = {}) =>
  (config: Config): Config => {
    const collections = [...(config.collections ?? []).map(extend), outboxCollection(), botSessionsCollection()]
    if (options.disabled) return { ...config, collections }
    return {
      ...config,
      collections,
      endpoints: [...(config.endpoints ?? []), healthEndpoint, telegramWebhookEndpoint()],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        await startTelegram(payload)
      },
    }
  }
