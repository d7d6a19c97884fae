'use client'
import { useRowLabel } from '@payloadcms/ui'

import type { Language } from '@/domain/languages'
import { isOrderStatus, STATUS_LABELS } from '@/domain/orderWorkflow'
import type { AdminTexts } from './i18n/adminLanguages'
import { useAdminLanguage } from './i18n/useAdminLanguage'

interface Entry {
  from?: string | null
  to?: string | null
  at?: string | null
  actor?: string | null
}

const TEXTS: AdminTexts<'user' | 'client' | 'system'> = {
  ru: { user: 'пользователь №', client: 'клиент', system: 'система' },
  uz: { user: 'foydalanuvchi #', client: 'mijoz', system: 'tizim' },
  en: { user: 'user #', client: 'client', system: 'system' },
}

/**
 * The same text on the server and in any browser, whatever their locale or time zone (the
 * browser's own `toLocaleString` made every order page fail to hydrate in a Russian browser):
 * the business's time, Tashkent's, until the admin speaks the settings' zone. The parts come
 * from one fixed locale and are put together per language, so no ICU difference between Node
 * and the browser can change the text.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tashkent',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function momentIn(language: Language, iso: string): string {
  const part = Object.fromEntries(
    parts.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]),
  )
  // As the admin's other dates read (date-fns' "Pp"): 01.12.2026, 17:36 or 12/01/2026, 5:36 PM.
  if (language !== 'en')
    return `${part.day}.${part.month}.${part.year}, ${part.hour}:${part.minute}`
  const hour = Number(part.hour)
  const clock = `${hour % 12 || 12}:${part.minute} ${hour < 12 ? 'AM' : 'PM'}`
  return `${part.month}/${part.day}/${part.year}, ${clock}`
}

export function StatusHistoryLabel() {
  const { data } = useRowLabel<Entry>()
  const language = useAdminLanguage()
  const texts = TEXTS[language]
  const label = (status: string | null | undefined) =>
    isOrderStatus(status) ? STATUS_LABELS[status][language] : '—'
  const at = data?.at ? momentIn(language, data.at) : ''
  const actor =
    data?.actor && /^\d+$/.test(data.actor)
      ? `${texts.user}${data.actor}`
      : data?.actor === 'client' || data?.actor === 'system'
        ? texts[data.actor]
        : data?.actor
  return (
    <span>
      {data?.from ? `${label(data.from)} → ` : ''}
      {label(data?.to)} · {at} · {actor}
    </span>
  )
}
