import path from 'node:path'
import { I18n } from '@grammyjs/i18n'
import { isLanguage, type Language } from '@/domain/statusNotification'
import type { BotContext } from './context'

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
    localeNegotiator: (ctx) =>
      ctx.client?.language ?? languageFromTelegram(ctx.from?.language_code),
  })
}

export type Translate = (key: string, variables?: Record<string, string | number>) => string

/**
 * Texts in one language for a conversation, which runs outside the i18n middleware. Numbers go
 * in as written: Fluent would otherwise print order #1001 as "1,001".
 */
export function translator(i18n: I18n<BotContext>, language: Language): Translate {
  return (key, variables) =>
    i18n.t(
      language,
      key,
      variables &&
        Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, String(value)])),
    )
}

let shared: I18n<BotContext> | undefined
/** Texts in `language` outside any update: notifications, cards and reports. */
export function textsIn(language: string | null | undefined): Translate {
  shared ??= createI18n()
  return translator(shared, isLanguage(language) ? language : 'ru')
}
