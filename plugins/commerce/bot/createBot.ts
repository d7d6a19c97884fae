import { conversations } from '@grammyjs/conversations'
import { Bot, Composer } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { Payload } from 'payload'
import { withOrigin } from '@/shared/writeOrigin'
import { type CommerceFeature, commerceOf } from '../feature'
import { budgetedSends } from '../sendBudget/budgetedSends'
import { sharedSendBudget } from '../sendBudget/sharedSendBudget'
import { buttonFamilies } from './callbackData'
import type { BotContext } from './context'
import { conversationStorage } from './conversationStorage'
import { fallback } from './fallback'
import { floodGuard } from './flood/floodGuard'
import { createI18n } from './i18n'
import { loadSender } from './loadSender'

export interface BotOptions {
  token: string
  payload: Payload
  /** Telegram's API root; tests point it at a fake. Default: Telegram's. */
  apiRoot?: string
  /** Saves the getMe call at start. */
  botInfo?: UserFromGetMe
}

/** Staff-only commands and buttons, pressed by anyone else: told plainly rather than shown the help. */
function notForCustomers(features: CommerceFeature[]): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  const commands = features.flatMap((feature) => feature.bot?.staffOnlyCommands ?? [])
  composer.command(commands, (ctx) => ctx.reply(ctx.t('staff-only')))
  const staffOnly = buttonFamilies().filter((family) => family.staffOnly)
  composer.callbackQuery(
    staffOnly.map((family) => family.pattern),
    (ctx) => ctx.answerCallbackQuery({ text: ctx.t('staff-only'), show_alert: true }),
  )
  return composer
}

/** The bot, built the same way in the server and in tests from the plugin's features. */
export function createBot({ token, payload, apiRoot, botInfo }: BotOptions): Bot<BotContext> {
  const { features } = commerceOf(payload)
  const bot = new Bot<BotContext>(token, {
    botInfo,
    client: {
      apiRoot,
      // Served by webhook, a button's answer rides back on the webhook's response instead of a
      // call of its own: one request fewer per press. It reaches Telegram when the update's
      // handling ends, and its result (always `true`) is never read.
      canUseWebhookReply: (method) => method === 'answerCallbackQuery',
    },
  })
  // Answers go within the Telegram limits every server shares with the outbox's notifications.
  bot.api.config.use(budgetedSends(sharedSendBudget(payload)))
  const i18n = createI18n()

  // On webhooks bot.catch never runs: the boundary logs the error and still answers the person.
  const guarded = bot.errorBoundary(async ({ error, ctx }) => {
    payload.logger.error(
      { err: error, update: ctx.update.update_id },
      'telegram bot: handler failed',
    )
    if (ctx.chat) await ctx.reply(i18n.t(ctx.client?.language ?? 'ru', 'error')).catch(() => {})
  })
  guarded.use(loadSender(payload))
  // Every write while handling the update comes through the bot, for the client writing (staff
  // act as their own account). Read when a write happens: registration makes the client midway.
  guarded.use((ctx, next) =>
    withOrigin(
      {
        door: 'bot',
        get client() {
          return ctx.client && { id: ctx.client.id, name: ctx.client.name }
        },
      },
      next,
    ),
  )
  guarded.use(i18n)
  // Before any handler: a flooding client's extra messages cost nothing past their sender's read.
  guarded.use(
    floodGuard(
      payload,
      features.flatMap((feature) => feature.bot?.orderCommands ?? []),
    ),
  )
  // Staff first: their commands and the buttons on order cards, in the staff chat or in private.
  const staff = guarded.filter((ctx) => ctx.staff !== null)
  for (const feature of features) if (feature.bot?.staff) staff.use(feature.bot.staff)
  for (const feature of features) if (feature.bot?.everyone) guarded.use(feature.bot.everyone)
  guarded.use(notForCustomers(features))
  // Customers talk to the bot in private; in the staff group nothing else is answered.
  const customers = guarded.chatType('private')
  customers.use(
    conversations({ storage: { type: 'context', adapter: conversationStorage(payload) } }),
  )
  for (const feature of features) {
    if (feature.bot?.customers) customers.use(feature.bot.customers({ payload, i18n }))
  }
  customers.use(fallback(features.flatMap((feature) => feature.bot?.help ?? [])))
  return bot
}
