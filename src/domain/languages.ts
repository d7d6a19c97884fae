export const LANGUAGES = ['ru', 'uz', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
/** Each language named in itself, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ru: 'Русский',
  uz: "O'zbekcha",
  en: 'English',
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** A text in every language: TypeScript refuses one that misses a language. */
export type Translated = Record<Language, string>

/** A set of texts, the same keys in every language. */
export type Texts<Key extends string> = Record<Language, Record<Key, string>>
