import type { DefaultServerCellComponentProps } from 'payload'

import { formatMoney } from '@/domain/money'
import { adminLanguageOf } from './i18n/adminLanguages'

/** An amount in a list, in so'm as the user's language writes it ("12 500 сум", "12 500 so'm"). */
export function MoneyCell({ cellData, i18n, rowData }: DefaultServerCellComponentProps) {
  const language = adminLanguageOf(i18n?.language)
  // A Stars purchase is counted in Stars, whatever the list.
  const currency = rowData?.currency === 'XTR' ? 'XTR' : 'UZS'
  return (
    <span>{typeof cellData === 'number' ? formatMoney(cellData, currency, language) : '—'}</span>
  )
}
