import type { Api } from 'grammy'
import type { InlineKeyboardMarkup, MenuButton } from 'grammy/types'
import type { Language } from '@/domain/languages'
import { createI18n } from './i18n'

/** The Mini App's page under the app's public address. */
const SHOP_PATH = '/miniapp'

/**
 * Where the shop opens, or why it cannot: Telegram opens Mini Apps over HTTPS only, so an unset
 * or http:// `PUBLIC_URL` (development on localhost) has no shop to offer.
 */
export function shopUrl(publicUrl: string | undefined): { url: string } | { refused: string } {
  if (!publicUrl) return { refused: 'PUBLIC_URL is not set' }
  let parsed: URL
  try {
    parsed = new URL(publicUrl)
  } catch {
    return { refused: `PUBLIC_URL is not an address: ${publicUrl}` }
  }
  if (parsed.protocol !== 'https:') {
    return {
      refused: `PUBLIC_URL is not https:// (Telegram opens Mini Apps over HTTPS only): ${publicUrl}`,
    }
  }
  return { url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}${SHOP_PATH}` }
}

let texts: ReturnType<typeof createI18n> | undefined
/** The button's label in a language: "Магазин", "Do'kon", "Shop". */
export function shopButtonText(language: Language): string {
  texts ??= createI18n()
  return texts.t(language, 'shop-button')
}

/** The chat's menu button opening the shop, labelled in `language`. */
export const shopMenuButton = (url: string, language: Language): MenuButton => ({
  type: 'web_app',
  text: shopButtonText(language),
  web_app: { url },
})

/** An inline button under a message opening the shop, labelled in `language`. */
export const shopKeyboard = (url: string, language: Language): InlineKeyboardMarkup => ({
  inline_keyboard: [[{ text: shopButtonText(language), web_app: { url } }]],
})

interface Log {
  info: (message: string) => void
  warn: (message: string) => void
}

/**
 * Makes the bot's default menu button (every chat without one of its own) open the shop. Telegram
 * keeps one default for all languages, so it is labelled in Russian, what most clients read; a
 * chat gets its own language's button when its client asks for the shop (/shop). Nothing is set,
 * and the log says why, when the shop cannot open; a failed call is logged, never thrown.
 */
export async function setShopMenuButton(api: Api, publicUrl: string | undefined, log: Log) {
  const shop = shopUrl(publicUrl)
  if ('refused' in shop) {
    log.info(`Telegram menu button not set: ${shop.refused}`)
    return false
  }
  try {
    await api.setChatMenuButton({ menu_button: shopMenuButton(shop.url, 'ru') })
  } catch (error) {
    log.warn(`Telegram menu button not set: ${(error as Error).message}`)
    return false
  }
  log.info(`Telegram menu button opens the shop at ${shop.url}`)
  return true
}
