'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import type { AdminTexts } from '@/admin/i18n/adminLanguages'
import { useAdminTexts } from '@/admin/i18n/useAdminTexts'

const TEXTS: AdminTexts<'invoicesFor' | 'month' | 'withActs' | 'export'> = {
  ru: {
    invoicesFor: 'Счета за',
    month: 'Месяц счетов',
    withActs: 'с актами сверки',
    export: 'Выгрузить счета',
  },
  uz: {
    invoicesFor: 'Hisob-fakturalar:',
    month: 'Hisob-fakturalar oyi',
    withActs: 'solishtirma dalolatnomalar bilan',
    export: 'Hisob-fakturalarni yuklab olish',
  },
  en: {
    invoicesFor: 'Invoices for',
    month: 'Invoice month',
    withActs: 'with reconciliation acts',
    export: 'Export invoices',
  },
}

/** Last month, `YYYY-MM`: on the 2nd of a month that is the one to bill. */
function previousMonth(now = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth() - 1, 1)
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`
}

/**
 * A month picker, a choice of reconciliation acts, and a download link to the invoices workbook;
 * the file streams from the API.
 */
function ExportInvoices({ clientId }: { clientId?: number | string }) {
  const { config } = useConfig()
  const texts = useAdminTexts(TEXTS)
  const [month, setMonth] = useState(previousMonth)
  const [acts, setActs] = useState(false)
  const query = new URLSearchParams({
    month,
    ...(clientId === undefined ? {} : { client: String(clientId) }),
    ...(acts ? { reconciliation: '1' } : {}),
  })
  return (
    <div
      data-testid="export-invoices"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 'calc(var(--base) / 2)',
        margin: '0 0 var(--base)',
      }}
    >
      <label>
        {texts.invoicesFor}{' '}
        <input
          aria-label={texts.month}
          type="month"
          value={month}
          required
          onChange={(event) => setMonth(event.target.value)}
        />
      </label>
      <label>
        <input type="checkbox" checked={acts} onChange={(event) => setActs(event.target.checked)} />{' '}
        {texts.withActs}
      </label>
      <a
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        href={`${config.serverURL}${config.routes.api}/invoices/export?${query}`}
        download
      >
        {texts.export}
      </a>
    </div>
  )
}

/** On the Orders list: every client's invoice for the month. */
export function OrdersInvoicesExport() {
  return <ExportInvoices />
}

/** On a client's page: that client's invoice alone. */
export function ClientInvoicesExport() {
  const { id } = useDocumentInfo()
  return id === undefined ? null : <ExportInvoices clientId={id} />
}
