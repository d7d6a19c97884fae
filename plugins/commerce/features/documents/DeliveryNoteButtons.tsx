'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'
import { ADMIN_LANGUAGES, type AdminTexts } from '@/admin/i18n/adminLanguages'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'
import { LANGUAGE_NAMES } from '@/domain/languages'
import { DocumentLinks } from './DocumentLinks'

const TEXTS: AdminTexts<'title' | 'language' | 'clients' | 'print' | 'xlsx'> = {
  ru: {
    title: 'Накладная',
    language: 'Язык',
    clients: 'Язык клиента',
    print: 'Печать',
    xlsx: 'XLSX',
  },
  uz: {
    title: 'Yuk xati',
    language: 'Til',
    clients: 'Mijoz tili',
    print: 'Chop etish',
    xlsx: 'XLSX',
  },
  en: {
    title: 'Delivery note',
    language: 'Language',
    clients: "Client's language",
    print: 'Print',
    xlsx: 'XLSX',
  },
}

/** The order's delivery note: a print page in a new tab or a workbook, in the client's language or another. */
export function DeliveryNoteButtons() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const texts = useAdminTexts(TEXTS)
  const [lang, setLang] = useState('')
  if (id === undefined) return null
  const url = (format: 'html' | 'xlsx') =>
    `${config.serverURL}${config.routes.api}/orders/${id}/delivery-note?${new URLSearchParams({
      format,
      ...(lang ? { lang } : {}),
    })}`
  return (
    <div className="field-type" data-testid="delivery-note" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{texts.title}</div>
      <select
        aria-label={texts.language}
        value={lang}
        onChange={(event) => setLang(event.target.value)}
        style={{ marginBottom: 'calc(var(--base) / 2)' }}
      >
        <option value="">{texts.clients}</option>
        {ADMIN_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
        <DocumentLinks url={url} print={texts.print} xlsx={texts.xlsx} />
      </div>
    </div>
  )
}
