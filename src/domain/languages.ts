export const LANGUAGES = ['ru', 'uz', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** The admin's language for a user who chose none, until the settings say otherwise: the seller's. */
export const DEFAULT_ADMIN_LANGUAGE: Language = 'ru'
/** Each language named in itself, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ru: 'Русский',
  uz: "O'zbekcha",
  en: 'English',
}

/** Each language named in the reader's language, as a select in the admin shows a client's. */
export const LANGUAGE_LABELS: Record<Language, Translated> = {
  ru: { ru: 'Русский', uz: 'Rus tili', en: 'Russian' },
  uz: { ru: 'Узбекский', uz: "O'zbek tili", en: 'Uzbek' },
  en: { ru: 'Английский', uz: 'Ingliz tili', en: 'English' },
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** A text in every language: TypeScript refuses one that misses a language. */
export type Translated = Record<Language, string>

/** A set of texts, the same keys in every language. */
export type Texts<Key extends string> = Record<Language, Record<Key, string>>
