import fs from 'node:fs'
import path from 'node:path'
import { I18n } from '@grammyjs/i18n'
import { isLanguage, LANGUAGES, type Language } from '@/domain/languages'
import type { BotContext } from './context'

// Read from the project root: inside the Next.js server bundle this module's own path is elsewhere.
const PLUGIN_DIR = path.resolve(process.cwd(), 'plugins/commerce')

/** Every `locales` folder of the plugin: the bot's own and each feature's, which bring their texts. */
export function localeDirectories(root = PLUGIN_DIR): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name === 'locales')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** A Telegram interface language mapped to ours; Russian is what most of Tashkent reads. */
export function languageFromTelegram(code: string | undefined): Language {
  const base = code?.slice(0, 2)
  return isLanguage(base) ? base : 'ru'
}

export function createI18n(directories = localeDirectories()): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'ru',
    // Plain text in Telegram: no invisible bidi marks around names and numbers.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) =>
      ctx.client?.language ?? languageFromTelegram(ctx.from?.language_code),
  })
  // One bundle per language from all folders: Fluent reads a language's first bundle only.
  for (const language of LANGUAGES) {
    const source = directories
      .map((directory) => path.join(directory, `${language}.ftl`))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n')
    i18n.loadLocaleSync(language, { source })
  }
  return i18n
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
