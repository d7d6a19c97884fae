import { Composer } from 'grammy'
import type { BotContext } from './context'

/** Whatever no feature took: a person always gets an answer, an old button says it is stale. */
export const fallback = new Composer<BotContext>()

fallback.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('unknown-button'), show_alert: true })
})

fallback.on('message', (ctx) => ctx.reply(ctx.t('help')))
