import { I18n } from '@grammyjs/i18n'
import path from 'node:path'

import type { BotContext } from './context'

import { isLanguage, type Language } from '../../../src/domain/statusNotification'

// Read from the project root: inside the Next.js server bundle this module's own path is elsewhere.
export const LOCALES_DIR = path.resolve(process.cwd(), 'plugins/commerce/bot/locales')

/** A Telegram interface language mapped to ours; Russian is what most of Tashkent reads. */
export function languageFromTelegram(code: string | undefined): Language {
  const base = code?.slice(0, 2)
  return isLanguage(base) ? base : 'ru'
}

export function createI18n(directory = LOCALES_DIR): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: 'ru',
    directory,
    // Plain text in Telegram: no invisible bidi marks around names and numbers.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.client?.language ?? languageFromTelegram(ctx.from?.language_code),
  })
}
