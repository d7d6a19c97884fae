import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { formatMoney } from '@/domain/money'

export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? formatMoney(cellData) : '—'}</span>
}
