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

/**
 * The same text on the server and in any browser, whatever their locale or time zone (the
 * browser's own `toLocaleString` made every order page fail to hydrate in a Russian browser):
 * the business's time, Tashkent's, until the admin speaks the settings' zone.
 */
const moment = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tashkent',
  dateStyle: 'medium',
  timeStyle: 'short',
})

export function StatusHistoryLabel() {
  const { data } = useRowLabel<Entry>()
  const at = data?.at ? moment.format(new Date(data.at)) : ''
  const actor = data?.actor && /^\d+$/.test(data.actor) ? `user #${data.actor}` : data?.actor
  return (
    <span>
      {data?.from ? `${label(data.from)} → ` : ''}
      {label(data?.to)} · {at} · {actor}
    </span>
  )
}
