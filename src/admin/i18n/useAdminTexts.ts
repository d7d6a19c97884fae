'use client'

import { useTranslation } from '@payloadcms/ui'

import { type AdminTexts, adminLanguageOf } from './adminLanguages'

/** A component's texts in the language the user picked in the admin. */
export function useAdminTexts<Key extends string>(texts: AdminTexts<Key>): Record<Key, string> {
  const { i18n } = useTranslation()
  return texts[adminLanguageOf(i18n.language)]
}
