import { optionsOf } from '@collections/fields/optionsOf'
import { LANGUAGE_LABELS, LANGUAGES } from '@/domain/languages'

export const languageOptions = optionsOf(LANGUAGES, LANGUAGE_LABELS)
