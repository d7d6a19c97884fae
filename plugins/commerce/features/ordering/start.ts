import type { BotContext } from '@commerce/bot/context'
import { clearDraft } from '@commerce/bot/orderDrafts'
import { Composer } from 'grammy'
import { chooseLanguageText, languageKeyboard } from './language'

export const start = new Composer<BotContext>()

start.command('start', async (ctx) => {
  // /start always starts over, whatever flow was half done.
  await ctx.conversation.exitAll()
  await clearDraft(ctx)
  if (!ctx.client) return ctx.reply(chooseLanguageText(), { reply_markup: languageKeyboard() })
  await ctx.reply(ctx.t('welcome-back', { name: ctx.client.contactName || ctx.client.name }))
})

start.command('cancel', async (ctx) => {
  const active = Object.keys(await ctx.conversation.active()).length > 0 || ctx.orderDraft !== null
  await ctx.conversation.exitAll()
  await clearDraft(ctx)
  await ctx.reply(ctx.t(active ? 'cancelled' : 'nothing-to-cancel'), {
    reply_markup: { remove_keyboard: true },
  })
})
