'use client'

import { useTranslation } from '@payloadcms/ui'

import { type AdminLanguage, adminLanguageOf } from '@/admin/i18n/adminLanguages'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'
import { ANALYTICS_TEXTS, type AnalyticsText } from './analyticsTexts'

/** The analytics' texts and the language its dates and numbers are written in. */
export function useAnalyticsTexts(): {
  t: Record<AnalyticsText, string>
  language: AdminLanguage
} {
  const { i18n } = useTranslation()
  return { t: useAdminTexts(ANALYTICS_TEXTS), language: adminLanguageOf(i18n.language) }
}
