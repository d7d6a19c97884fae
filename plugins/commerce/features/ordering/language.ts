import type { BotContext } from '@commerce/bot/context'
import { Composer, InlineKeyboard } from 'grammy'

import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '@/domain/statusNotification'

/** Callback data: `lang:v1:<code>`, stateless so an old picker still works after a restart. */
export const languageKeyboard = () =>
  InlineKeyboard.from([
    LANGUAGES.map((code) => InlineKeyboard.text(LANGUAGE_NAMES[code], `lang:v1:${code}`)),
  ])

export const chooseLanguageText = 'Выберите язык · Tilni tanlang · Choose your language'

export const language = new Composer<BotContext>()

language.command('language', (ctx) =>
  ctx.reply(chooseLanguageText, { reply_markup: languageKeyboard() }),
)

language.callbackQuery(/^lang:v1:(\w+)$/, async (ctx) => {
  const code = ctx.match[1]
  await ctx.answerCallbackQuery()
  if (!isLanguage(code)) return ctx.reply(ctx.t('unknown-button'))
  if (!ctx.client) {
    await ctx.conversation.exitAll()
    return ctx.conversation.enter('registration', code)
  }
  ctx.client = await ctx.payload.update({
    collection: 'clients',
    id: ctx.client.id,
    data: { language: code },
    overrideAccess: true,
    context: { actor: 'client' },
  })
  // biome-ignore lint/correctness/useHookAtTopLevel: grammY's i18n, not a React hook
  ctx.i18n.useLocale(code)
  await ctx.reply(ctx.t('language-changed'))
})
