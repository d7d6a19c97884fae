'use client'

import { useTranslation } from '@payloadcms/ui'

import { type AdminLanguage, adminLanguageOf } from '@/admin/i18n/adminLanguages'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'
import { DASHBOARD_TEXTS, type DashboardText } from './dashboardTexts'

/** The dashboard's texts and the language its dates and numbers are written in. */
export function useDashboardTexts(): { t: Record<DashboardText, string>; language: AdminLanguage } {
  const { i18n } = useTranslation()
  return { t: useAdminTexts(DASHBOARD_TEXTS), language: adminLanguageOf(i18n.language) }
}
