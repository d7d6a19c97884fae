import type { Setting } from '@payload-types'
import type { Payload } from 'payload'
import { CATEGORIES } from '@/domain/assist/provider'
import type { Language } from '@/domain/languages'

/** One category a message may be put in: its key, its name in each language, extra keywords. */
export interface AssistCategory {
  key: string
  labels?: Record<Language, string>
  keywords: string[]
}

/** What the settings say about assists: whether they run and the categories to use. */
export interface AssistSetup {
  enabled: boolean
  categories: AssistCategory[]
  keys: string[]
  /** What each category means, for the model's prompt. */
  hints: Record<string, string>
  /** The language staff read the desk in. */
  staffLanguage: Language
}

/** The settings' part about assists; no categories configured means the standard six. */
export function assistSetupOf(settings: Setting): AssistSetup {
  const configured = (settings.assistCategories ?? []).map((row) => ({
    key: row.key,
    labels: { ru: row.labelRu, uz: row.labelUz, en: row.labelEn },
    keywords: (row.keywords ?? '')
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean),
  }))
  const categories: AssistCategory[] = configured.length
    ? configured
    : CATEGORIES.map((key) => ({ key, keywords: [] }))
  const hints = Object.fromEntries(
    categories.map((category) => [
      category.key,
      [category.labels?.en, category.keywords.join(', ')].filter(Boolean).join('; '),
    ]),
  )
  return {
    enabled: settings.assistsEnabled === true,
    categories,
    keys: categories.map((category) => category.key),
    hints,
    staffLanguage: settings.staffLanguage ?? 'ru',
  }
}

export async function assistSetup(payload: Payload): Promise<AssistSetup> {
  return assistSetupOf(
    await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true }),
  )
}
