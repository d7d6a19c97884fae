'use client'
import { useRowLabel } from '@payloadcms/ui'

import { formatMoney } from '@/domain/money'
import { isUnit, UNIT_LABELS } from '@/domain/units'
import type { AdminTexts } from './i18n/adminLanguages'
import { useAdminLanguage } from './i18n/useAdminLanguage'

interface Line {
  productName?: string | null
  quantity?: number | null
  unit?: string | null
  lineTotal?: number | null
}

const TEXTS: AdminTexts<'line'> = {
  ru: { line: 'Позиция' },
  uz: { line: 'Qator' },
  en: { line: 'Line' },
}

export function OrderLineLabel() {
  const { data, rowNumber } = useRowLabel<Line>()
  const language = useAdminLanguage()
  if (!data?.productName) return <span>{`${TEXTS[language].line} ${(rowNumber ?? 0) + 1}`}</span>
  const unit = isUnit(data.unit) ? UNIT_LABELS[data.unit][language] : data.unit
  const total =
    typeof data.lineTotal === 'number' ? ` = ${formatMoney(data.lineTotal, 'UZS', language)}` : ''
  return (
    <span>
      {data.productName} × {data.quantity} {unit}
      {total}
    </span>
  )
}
