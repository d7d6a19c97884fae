import type { CollectionConfig, Config } from 'payload'

import type { CommercePluginOptions } from './types'

import { healthEndpoint } from './health/endpoint'
import { outboxCollection } from './outbox/collection'
import { queueStatusNotification } from './outbox/hooks/queueStatusNotification'

export type { CommercePluginOptions } from './types'

/** Adds its hooks after the collection's own, as Payload's plugins do. */
function withOrderHooks(collection: CollectionConfig): CollectionConfig {
  if (collection.slug !== 'orders') return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), queueStatusNotification],
    },
  }
}

export const commercePlugin =
  (options: CommercePluginOptions = {}) =>
  (config: Config): Config => {
    const collections = [...(config.collections ?? []).map(withOrderHooks), outboxCollection()]
    if (options.disabled) return { ...config, collections }
    return {
      ...config,
      collections,
      endpoints: [...(config.endpoints ?? []), healthEndpoint],
    }
  }
