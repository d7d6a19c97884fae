'use client'
import { createContext, useContext } from 'react'

import type { Language } from '@/domain/languages'
import { MINIAPP_TEXTS, type MiniappTextKey } from '@/domain/miniappTexts'
import { formatMoney } from '@/domain/money'
import { isUnit, UNIT_LABELS } from '@/domain/units'

export const LanguageContext = createContext<Language>('ru')

/** The current language, its texts, and money and units written the way it writes them. */
export function useTexts() {
  const language = useContext(LanguageContext)
  const texts = MINIAPP_TEXTS[language]
  return {
    language,
    t: (key: MiniappTextKey) => texts[key],
    money: (minor: number, currency = 'UZS') => formatMoney(minor, currency, language),
    /** A unit as the reader abbreviates it; an unknown one as the server spelt it. */
    unitLabel: (unit: string) => (isUnit(unit) ? UNIT_LABELS[unit][language] : unit),
  }
}
