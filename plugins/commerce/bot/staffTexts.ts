import type { BotContext } from './context'
import { languageFromTelegram, type Translate, textsIn } from './i18n'

/** Staff read the bot in their Telegram app's language; they keep no language of their own. */
export const staffTexts = (ctx: BotContext): Translate =>
  textsIn(languageFromTelegram(ctx.from?.language_code))
