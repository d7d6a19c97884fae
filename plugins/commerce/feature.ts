import type { I18n } from '@grammyjs/i18n'
import type { Composer } from 'grammy'
import type {
  AdminViewConfig,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  CollectionSlug,
  Endpoint,
  Field,
  GlobalAfterChangeHook,
  GlobalSlug,
  Payload,
  Sort,
} from 'payload'
import type { BotContext } from './bot/context'
import type { ApplyCardCreditsEvent } from './cardCredits'
import type { OfferCheckout } from './checkout'
import type { ChargeMessage, RefundMessage } from './messageCharge'
import type { CommerceOptions } from './options'
import type { OutboxAnnouncer } from './outbox/announce'
import type { TopicRenderer } from './outbox/rendering'
import type { ScheduledJob } from './scheduler/startScheduler'

/** What a feature adds to a business collection, after the collection's own. */
export interface CollectionAdditions {
  fields?: Field[]
  afterChange?: CollectionAfterChangeHook[]
  beforeDelete?: CollectionBeforeDeleteHook[]
  afterDelete?: CollectionAfterDeleteHook[]
  /** Columns the list shows by default, after the collection's own. */
  defaultColumns?: string[]
  /** The list's order instead of the collection's own (a priority first). */
  defaultSort?: Sort
  /** Admin components above the list view (`/path/to/File#Export`). */
  beforeListTable?: string[]
  /** Endpoints under the collection's path (`/api/orders/:id/…`); skipped when the plugin is disabled. */
  endpoints?: Endpoint[]
}

/** What a feature adds to a global (the settings), after the global's own. */
export interface GlobalAdditions {
  fields?: Field[]
  afterChange?: GlobalAfterChangeHook[]
}

/** What a feature's customer handlers are built with. */
export interface BotSetup {
  payload: Payload
  i18n: I18n<BotContext>
}

/** A feature's part of the bot; each part is mounted in the order the features are listed. */
export interface FeatureBot {
  /** Staff's commands and buttons, in any chat, before everything else; reached by staff only. */
  staff?: Composer<BotContext>
  /** Handlers for anyone in any chat (a support group's topics), before the customers'. */
  everyone?: Composer<BotContext>
  /** Customers' handlers, in private chats, inside the conversations plugin. */
  customers?: (setup: BotSetup) => Composer<BotContext>
  /** Commands only staff may use: anyone else is told so instead of being shown the help. */
  staffOnlyCommands?: string[]
  /** Fluent keys of the lines this feature adds to the customers' help, one command each. */
  help?: string[]
  /** Commands that start an order or a payment: the flood protection never refuses them. */
  orderCommands?: string[]
}

/**
 * One feature of the plugin (ordering, staff, support, payments…). It contributes what it has
 * through this one interface and imports only the plugin's core (bot, outbox, scheduler) and
 * shared code, never another feature; `index.ts` combines them.
 */
export interface CommerceFeature {
  name: string
  collections?: CollectionConfig[]
  /** Additions to business collections, by slug. */
  extend?: Partial<Record<CollectionSlug, CollectionAdditions>>
  /** Additions to globals, by slug. */
  extendGlobals?: Partial<Record<GlobalSlug, GlobalAdditions>>
  endpoints?: Endpoint[]
  /** Admin components on the dashboard. */
  dashboard?: string[]
  /** Admin components below the dashboard, after every feature's `dashboard`. */
  afterDashboard?: string[]
  /** Admin pages of their own, by key (`{ Component, path: '/receivables' }` is `/admin/receivables`). */
  views?: Record<string, AdminViewConfig>
  /** Admin components after the side menu's links (a link to one of `views`). */
  navLinks?: string[]
  bot?: FeatureBot
  /** Renders the outbox topics this feature writes, by topic. */
  renderers?: Record<string, TopicRenderer>
  /** Outbox messages written in the same transaction as a change to a business collection. */
  // biome-ignore lint/suspicious/noExplicitAny: each announcer names its own document type
  announce?: OutboxAnnouncer<any>[]
  jobs?: ScheduledJob[]
  /** What `/api/health` reports for this feature: null when all is well. */
  health?: () => string | null
  /** Outside systems this feature talks to, whose last success readiness reports. */
  integrations?: IntegrationProbe[]
  /** A card payment link for an order, for the other features (`offerCheckout` in the core). */
  checkout?: OfferCheckout
  /** Charges a client's support message in paid mode, for the support inbox (`chargeMessage` in the core). */
  chargeMessage?: ChargeMessage
  /** Gives back a support message's charge when it was never delivered (`refundUndeliveredMessage`). */
  refundMessage?: RefundMessage
  /** Applies a Stripe event about credits bought by card, for the Stripe webhook (`applyCardCreditsEvent` in the core). */
  cardCreditsEvent?: ApplyCardCreditsEvent
}

/** When an outside system last worked for us (a message sent, a webhook handled), for readiness. */
export interface IntegrationProbe {
  name: string
  lastSuccess: (payload: Payload) => Promise<Date | null>
}

export interface Commerce {
  options: CommerceOptions
  features: CommerceFeature[]
}

/** Where the plugin keeps its options and features: the server-only `custom` of the config. */
const KEY = 'tandirCommerce'

export const withCommerce = (custom: Record<string, unknown> | undefined, commerce: Commerce) => ({
  ...custom,
  [KEY]: commerce,
})

/** The plugin's options and features, as any part of it running in this Payload reads them. */
export function commerceOf(payload: Pick<Payload, 'config'>): Commerce {
  const commerce = payload.config.custom?.[KEY] as Commerce | undefined
  if (!commerce) throw new Error('the commerce plugin is not installed in this config')
  return commerce
}
