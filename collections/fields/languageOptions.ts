import { LANGUAGE_NAMES, LANGUAGES } from '@/domain/languages'

export const languageOptions = LANGUAGES.map((value) => ({ label: LANGUAGE_NAMES[value], value }))
