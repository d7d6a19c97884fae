'use client'

import { useTranslation } from '@payloadcms/ui'
import { type AdminLanguage, adminLanguageOf } from '@/admin/i18n/adminLanguages'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'
import { INSIGHTS_TEXTS, type InsightsText } from './insightsTexts'

/** The insights' texts and the language its dates are written in. */
export function useInsightsTexts(): { t: Record<InsightsText, string>; language: AdminLanguage } {
  const { i18n } = useTranslation()
  return { t: useAdminTexts(INSIGHTS_TEXTS), language: adminLanguageOf(i18n.language) }
}
