import { isLanguage, LANGUAGES, type Language, type Texts } from '@/domain/languages'

export type { Translated } from '@/domain/languages'

/** The admin speaks the clients' languages. */
export const ADMIN_LANGUAGES = LANGUAGES
export type AdminLanguage = Language

/** A component's texts, the same keys in every language. */
export type AdminTexts<Key extends string> = Texts<Key>

export const isAdminLanguage = isLanguage

/** Payload's language code as ours; anything unknown reads as English, Payload's own fallback. */
export const adminLanguageOf = (code: unknown): AdminLanguage => (isLanguage(code) ? code : 'en')
