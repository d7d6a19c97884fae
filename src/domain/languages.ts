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
