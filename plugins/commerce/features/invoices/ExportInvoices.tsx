'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

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
        Invoices for{' '}
        <input
          aria-label="Invoice month"
          type="month"
          value={month}
          required
          onChange={(event) => setMonth(event.target.value)}
        />
      </label>
      <label>
        <input type="checkbox" checked={acts} onChange={(event) => setActs(event.target.checked)} />{' '}
        with reconciliation acts
      </label>
      <a
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        href={`${config.serverURL}${config.routes.api}/invoices/export?${query}`}
        download
      >
        Export invoices
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
