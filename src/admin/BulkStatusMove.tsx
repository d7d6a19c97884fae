'use client'

import { Button, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'

import { ORDER_STATUSES, STATUS_LABELS } from '@/domain/orderWorkflow'
import type { AdminTexts } from './i18n/adminLanguages'
import { useAdminLanguage } from './i18n/useAdminLanguage'
import { useAdminTexts } from './i18n/useAdminTexts'

const TEXTS: AdminTexts<
  'move' | 'next' | 'button' | 'moved' | 'refused' | 'order' | 'unreachable' | 'moving'
> = {
  ru: {
    move: 'Перевести выбранные заказы',
    next: 'на следующий шаг',
    button: 'Перевести',
    moved: 'переведён',
    refused: 'не переведён',
    order: 'Заказ',
    unreachable: 'Сервер не ответил; попробуйте ещё раз',
    moving: 'Переводим…',
  },
  uz: {
    move: "Tanlangan buyurtmalarni o'tkazish",
    next: 'keyingi bosqichga',
    button: "O'tkazish",
    moved: "o'tkazildi",
    refused: "o'tkazilmadi",
    order: 'Buyurtma',
    unreachable: 'Server javob bermadi; qayta urinib ko‘ring',
    moving: "O'tkazilmoqda…",
  },
  en: {
    move: 'Move the selected orders',
    next: 'to their next step',
    button: 'Move',
    moved: 'moved',
    refused: 'not moved',
    order: 'Order',
    unreachable: 'The server did not answer; try again',
    moving: 'Moving…',
  },
}

interface Result {
  id: number
  number: number | null
  ok: boolean
  status: string | null
  message?: string
}

/**
 * Above the orders list: moves the selected orders to a status (or each to its next step) in one
 * go, and lists what happened to each, refusals with their reason.
 */
export function BulkStatusMove() {
  const { config } = useConfig()
  const router = useRouter()
  const { selectedIDs } = useSelection()
  const texts = useAdminTexts(TEXTS)
  const language = useAdminLanguage()
  const [target, setTarget] = useState('next')
  const [busy, setBusy] = useState(false)
  const [results, setResults] = useState<Result[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  if (selectedIDs.length === 0 && !results) return null

  async function move() {
    setBusy(true)
    setFailure(null)
    const response = await fetch(`${config.serverURL}${config.routes.api}/orders/bulk-status`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ ids: selectedIDs.map(Number), status: target }),
    }).catch(() => null)
    setBusy(false)
    const body = (await response?.json().catch(() => null)) as {
      results?: Result[]
      errors?: { message: string }[]
    } | null
    if (!response?.ok || !body?.results)
      return setFailure(body?.errors?.[0]?.message ?? texts.unreachable)
    setResults(body.results)
    router.refresh()
  }

  const label = (status: string | null) =>
    ORDER_STATUSES.find((known) => known === status)
      ? STATUS_LABELS[status as (typeof ORDER_STATUSES)[number]][language]
      : (status ?? '—')

  return (
    <div className="bulk-status-move" data-testid="bulk-status-move">
      {selectedIDs.length > 0 && (
        <div className="bulk-status-move__form">
          <span>
            {texts.move} ({selectedIDs.length})
          </span>{' '}
          <select
            aria-label={texts.move}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            <option value="next">{texts.next}</option>
            {ORDER_STATUSES.filter((status) => status !== 'new').map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status][language]}
              </option>
            ))}
          </select>{' '}
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={move}>
            {busy ? texts.moving : texts.button}
          </Button>
        </div>
      )}
      {failure && <p className="field-error">{failure}</p>}
      {results && (
        <ul className="bulk-status-move__results" data-testid="bulk-status-results">
          {results.map((result) => (
            <li key={result.id} className={result.ok ? undefined : 'field-error'}>
              {texts.order} #{result.number ?? result.id}:{' '}
              {result.ok
                ? `${texts.moved} → ${label(result.status)}`
                : `${texts.refused}: ${result.message}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
