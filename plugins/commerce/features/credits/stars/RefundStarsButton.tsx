'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'
import { type AdminTexts, adminLanguageOf } from '@/admin/i18n/adminLanguages'

type Text = 'title' | 'button' | 'confirm' | 'done' | 'noAnswer'

const TEXTS: AdminTexts<Text> = {
  ru: {
    title: 'Возврат звёзд',
    button: 'Вернуть звёзды',
    confirm: 'Вернуть звёзды клиенту и забрать то, что дала покупка?',
    done: 'Звёзды возвращены',
    noAnswer: 'Сервер не ответил; попробуйте ещё раз',
  },
  uz: {
    title: 'Yulduzlarni qaytarish',
    button: 'Yulduzlarni qaytarish',
    confirm: 'Yulduzlarni mijozga qaytarib, xarid bergan narsani olib qo‘yilsinmi?',
    done: 'Yulduzlar qaytarildi',
    noAnswer: "Server javob bermadi; qayta urinib ko'ring",
  },
  en: {
    title: 'Stars refund',
    button: 'Refund the Stars',
    confirm: 'Refund the Stars to the client and take back what the purchase gave?',
    done: 'The Stars were refunded',
    noAnswer: 'The server did not answer; try again',
  },
}

/**
 * In a Telegram Stars purchase's sidebar: refunds it (`POST /api/transactions/:id/refund-stars`),
 * taking back what it gave; a refusal shows the server's reason.
 */
export function RefundStarsButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const { i18n } = useTranslation()
  const language = adminLanguageOf(i18n.language)
  const texts = TEXTS[language]
  const provider = useFormFields(([fields]) => fields.provider?.value)
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const status = useFormFields(([fields]) => fields.status?.value)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  if (id === undefined || provider !== 'telegram_stars' || kind !== 'credit_purchase') return null
  if (status !== 'succeeded' && !message) return null

  async function refund() {
    if (!window.confirm(texts.confirm)) return
    setBusy(true)
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/transactions/${id}/refund-stars`,
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'accept-language': language },
      },
    ).catch(() => null)
    setBusy(false)
    const body = (await response?.json().catch(() => null)) as {
      errors?: { message: string }[]
    } | null
    if (!response?.ok)
      return setMessage({ ok: false, text: body?.errors?.[0]?.message ?? texts.noAnswer })
    setMessage({ ok: true, text: texts.done })
    router.refresh()
  }

  return (
    <div data-testid="refund-stars" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{texts.title}</div>
      <button
        type="button"
        onClick={refund}
        className="btn btn--style-secondary btn--size-small"
        disabled={busy || message?.ok}
        style={{ margin: '4px 0 0' }}
      >
        {texts.button}
      </button>
      {message && (
        <p style={{ color: message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {message.text}
        </p>
      )}
    </div>
  )
}
