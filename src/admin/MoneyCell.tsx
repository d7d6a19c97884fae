import type { DefaultCellComponentProps } from 'payload'

import { formatMoney } from '@/domain/money'

export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? formatMoney(cellData) : '—'}</span>
}
