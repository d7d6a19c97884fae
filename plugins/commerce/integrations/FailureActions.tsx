'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useState } from 'react'
import { type AdminTexts, adminLanguageOf } from '@/admin/i18n/adminLanguages'

type Text = 'retry' | 'dismiss' | 'retried' | 'dismissed' | 'noAnswer'

const TEXTS: AdminTexts<Text> = {
  ru: {
    retry: 'Повторить вызов',
    dismiss: 'Закрыть',
    retried: 'Вызов снова в очереди',
    dismissed: 'Закрыто',
    noAnswer: 'Сервер не ответил; попробуйте ещё раз',
  },
  uz: {
    retry: 'Chaqiruvni qaytarish',
    dismiss: 'Yopish',
    retried: 'Chaqiruv yana navbatda',
    dismissed: 'Yopildi',
    noAnswer: "Server javob bermadi; qayta urinib ko'ring",
  },
  en: {
    retry: 'Retry the call',
    dismiss: 'Dismiss',
    retried: 'The call is queued again',
    dismissed: 'Dismissed',
    noAnswer: 'The server did not answer; try again',
  },
}

/** On an open dead letter: send the call again through the outbox, or close it as handled. */
export function FailureActions() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const { i18n } = useTranslation()
  const language = adminLanguageOf(i18n.language)
  const texts = TEXTS[language]
  const status = useFormFields(([fields]) => fields.status?.value)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  if (id === undefined || (status !== 'open' && !message)) return null

  async function act(action: 'retry' | 'dismiss') {
    setBusy(true)
    const response = await fetch(
      `${config.serverURL}${config.routes.api}/integration-failures/${id}/${action}`,
      { method: 'POST', credentials: 'include', headers: { 'accept-language': language } },
    ).catch(() => null)
    setBusy(false)
    const body = (await response?.json().catch(() => null)) as {
      errors?: { message: string }[]
    } | null
    if (!response?.ok)
      return setMessage({ ok: false, text: body?.errors?.[0]?.message ?? texts.noAnswer })
    setMessage({ ok: true, text: action === 'retry' ? texts.retried : texts.dismissed })
    router.refresh()
  }

  return (
    <div data-testid="failure-actions" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      {(['retry', 'dismiss'] as const).map((action) => (
        <button
          key={action}
          type="button"
          onClick={() => act(action)}
          className={`btn btn--size-small btn--style-${action === 'retry' ? 'primary' : 'secondary'}`}
          disabled={busy || message?.ok}
        >
          {texts[action]}
        </button>
      ))}
      {message && (
        <span style={{ color: message.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {message.text}
        </span>
      )}
    </div>
  )
}
