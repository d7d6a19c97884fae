/** The languages the admin speaks; the first is the seller's when nothing else is known. */
export const ADMIN_LANGUAGES = ['ru', 'uz', 'en'] as const
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number]

/** A text in every admin language: TypeScript refuses one that misses a language. */
export type Translated = Record<AdminLanguage, string>

/** A component's texts, the same keys in every language. */
export type AdminTexts<Key extends string> = Record<AdminLanguage, Record<Key, string>>

export const isAdminLanguage = (value: unknown): value is AdminLanguage =>
  ADMIN_LANGUAGES.includes(value as AdminLanguage)

/** Payload's language code as ours; anything unknown reads as English, Payload's own fallback. */
export const adminLanguageOf = (code: unknown): AdminLanguage =>
  isAdminLanguage(code) ? code : 'en'
