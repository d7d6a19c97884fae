'use client'

import { useTranslation } from '@payloadcms/ui'

import { type AdminLanguage, adminLanguageOf } from './adminLanguages'

/** The language the admin speaks to this user, for what is formatted rather than looked up (money, dates). */
export function useAdminLanguage(): AdminLanguage {
  const { i18n } = useTranslation()
  return adminLanguageOf(i18n.language)
}
