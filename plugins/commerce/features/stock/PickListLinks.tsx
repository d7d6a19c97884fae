'use client'
import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { isLanguage } from '@/domain/languages'
import { PICK_TEXTS } from './pickListTexts'

/** Above the stock levels: a day's pick list, to print or to download as Excel. */
export function PickListLinks() {
  const { i18n } = useTranslation()
  const t = PICK_TEXTS[isLanguage(i18n.language) ? i18n.language : 'ru']
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10))
  const url = (format: 'html' | 'xlsx') =>
    `/api/stock/pick-list?${new URLSearchParams({ date: day, format, lang: i18n.language })}`
  const button = 'btn btn--style-secondary btn--size-small'
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 16 }}>
      <strong>{t.title(day)}</strong>
      <input type="date" value={day} onChange={(event) => setDay(event.target.value)} />
      <a className={button} style={{ margin: 0 }} href={url('html')} target="_blank" rel="noopener">
        {t.print}
      </a>
      <a className={button} style={{ margin: 0 }} href={url('xlsx')} download>
        {t.download}
      </a>
    </div>
  )
}
