'use client'
import { useRowLabel } from '@payloadcms/ui'

import { isOrderStatus, STATUS_LABELS } from '@/domain/orderWorkflow'

interface Entry {
  from?: string | null
  to?: string | null
  at?: string | null
  actor?: string | null
}

const label = (status: string | null | undefined) =>
  isOrderStatus(status) ? STATUS_LABELS[status] : '—'

export function StatusHistoryLabel() {
  const { data } = useRowLabel<Entry>()
  const at = data?.at ? new Date(data.at).toLocaleString() : ''
  const actor = data?.actor && /^\d+$/.test(data.actor) ? `user #${data.actor}` : data?.actor
  return (
    <span>
      {data?.from ? `${label(data.from)} → ` : ''}
      {label(data?.to)} · {at} · {actor}
    </span>
  )
}
