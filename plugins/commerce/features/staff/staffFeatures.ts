import type { BotContext } from '@commerce/bot/context'
import { Composer } from 'grammy'

import { cardButtons } from './cardButtons'
import { clientCommand } from './clientCommand'
import { orderCommands } from './orderCommands'
import { priceCommands } from './priceCommands'

/** What staff can do in Telegram; mounted before the customer features and only for staff. */
export const staffFeatures = new Composer<BotContext>()
staffFeatures.use(cardButtons, orderCommands, priceCommands, clientCommand)

/** Commands only staff have; anyone else is told plainly rather than shown the help. */
export const STAFF_ONLY_COMMANDS = ['set_price', 'prices', 'client', 'today']

export const notForCustomers = new Composer<BotContext>()
notForCustomers.command(STAFF_ONLY_COMMANDS, (ctx) => ctx.reply(ctx.t('staff-only')))
notForCustomers.callbackQuery(/^(st|oc|sp|sup):v1:/, (ctx) =>
  ctx.answerCallbackQuery({ text: ctx.t('staff-only'), show_alert: true }),
)
