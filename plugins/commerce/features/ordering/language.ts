import type { BotContext } from '@commerce/bot/context'
import { textsIn } from '@commerce/bot/i18n'
import { Composer, InlineKeyboard } from 'grammy'
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '@/domain/languages'
import { languageButtons } from './buttons'

export const languageKeyboard = () =>
  InlineKeyboard.from([
    LANGUAGES.map((code) => languageButtons.button(LANGUAGE_NAMES[code], { code })),
  ])

/** Asked before we know the person's language: in all of ours at once. */
export const chooseLanguageText = () =>
  LANGUAGES.map((code) => textsIn(code)('choose-language')).join(' · ')

export const language = new Composer<BotContext>()

language.command('language', (ctx) =>
  ctx.reply(chooseLanguageText(), { reply_markup: languageKeyboard() }),
)

language.callbackQuery(languageButtons.pattern, async (ctx) => {
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
