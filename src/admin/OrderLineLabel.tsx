'use client'
import { useRowLabel } from '@payloadcms/ui'

import { formatMoney } from '@/domain/money'

interface Line {
  productName?: string | null
  quantity?: number | null
  unit?: string | null
  lineTotal?: number | null
}

export function OrderLineLabel() {
  const { data, rowNumber } = useRowLabel<Line>()
  if (!data?.productName) return <span>Line {(rowNumber ?? 0) + 1}</span>
  const total = typeof data.lineTotal === 'number' ? ` = ${formatMoney(data.lineTotal)}` : ''
  return (
    <span>
      {data.productName} × {data.quantity} {data.unit}
      {total}
    </span>
  )
}
