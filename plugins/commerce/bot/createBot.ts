import { fallback } from '@commerce/features/ordering/fallback'
import { language } from '@commerce/features/ordering/language'
import { myOrders } from '@commerce/features/ordering/myOrders'
import { orderCommand } from '@commerce/features/ordering/orderCommand'
import { ordering } from '@commerce/features/ordering/ordering'
import { profile, profileEdit } from '@commerce/features/ordering/profile'
import { registration } from '@commerce/features/ordering/registration'
import { start } from '@commerce/features/ordering/start'
import { payment } from '@commerce/features/payments/payCommand'
import { notForCustomers, staffFeatures } from '@commerce/features/staff/staffFeatures'
import { supportTopics } from '@commerce/features/staff/supportTopics'
import { support } from '@commerce/features/support/clientMessages'
import { conversations, createConversation } from '@grammyjs/conversations'
import { Bot } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import type { Payload } from 'payload'
import type { BotContext } from './context'
import { conversationStorage } from './conversationStorage'
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

/** The customer bot, built the same way in the server and in tests. */
export function createBot({ token, payload, apiRoot, botInfo }: BotOptions): Bot<BotContext> {
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
  guarded.use(i18n)
  // Staff first: their commands and the buttons on order cards, in the staff chat or in private.
  guarded.filter((ctx) => ctx.staff !== null).use(staffFeatures)
  guarded.use(supportTopics)
  guarded.use(notForCustomers)
  // Customers talk to the bot in private; in the staff group nothing else is answered.
  const customers = guarded.chatType('private')
  customers.use(
    conversations({
      storage: { type: 'context', adapter: conversationStorage(payload) },
    }),
  )
  // /start and /cancel come before the conversation so they work inside it; what enters the
  // conversation must come after it (grammY registers a conversation where it is installed).
  customers.use(start)
  customers.use(createConversation(registration(i18n, payload), 'registration'))
  customers.use(createConversation(profileEdit(i18n, payload), 'profileEdit'))
  customers.use(orderCommand, ordering, language, myOrders, payment, profile, support, fallback)
  return bot
}
