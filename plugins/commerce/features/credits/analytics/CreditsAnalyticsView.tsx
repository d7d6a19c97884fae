'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { card, cell, muted, numberCell } from '@/admin/panelStyles'
import { formatMoney } from '@/domain/money'
import { type AnalyticsText, fill } from './analyticsTexts'
import type { CreditsAnalytics } from './loadCreditsAnalytics'
import { StarsChart } from './StarsChart'
import { useAnalyticsTexts } from './useAnalyticsTexts'

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))',
  gap: 'var(--base)',
  alignItems: 'start',
}

const count = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')

/** A message kind's name, or the kind as stored when we have none for it. */
const kindName = (t: Record<AnalyticsText, string>, kind: string) =>
  kind in t ? t[kind as AnalyticsText] : kind

/**
 * Paid support on the dashboard, for the staff: revenue for credits, passes and premium content
 * over a chosen period, by provider and by package; credits spent by message type; paying
 * clients and how many who wrote to support then bought; Stars by day, week and month. Rendered
 * on the server for this month; another period loads from `GET /api/credits/analytics`.
 */
export function CreditsAnalyticsView({ initial }: { initial: CreditsAnalytics }) {
  const { t, language } = useAnalyticsTexts()
  const { config } = useConfig()
  const [from, setFrom] = useState(initial.range.first)
  const [to, setTo] = useState(initial.range.last)
  const [asked, setAsked] = useState<string | null>(null)
  const [shown, setShown] = useState(initial)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (asked === null) return
    let current = true
    fetch(`${config.serverURL}${config.routes.api}/credits/analytics?${asked}`, {
      credentials: 'include',
      headers: { accept: 'application/json' },
    })
      .then(async (response) => {
        const body = await response.json().catch(() => null)
        if (!response.ok || !body)
          throw new Error(body?.errors?.[0]?.message ?? `${response.status} ${response.statusText}`)
        if (current) {
          setShown(body as CreditsAnalytics)
          setError(null)
        }
      })
      .catch((failure: Error) => {
        if (current) setError(failure.message)
      })
      .finally(() => {
        if (current) setAsked(null)
      })
    return () => {
      current = false
    }
  }, [asked, config.serverURL, config.routes.api])

  const { conversion } = shown
  return (
    <div data-testid="credits-analytics" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <form
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          gap: 'calc(var(--base) / 2)',
          margin: 'calc(var(--base) * 2) 0 var(--base)',
        }}
        onSubmit={(event) => {
          event.preventDefault()
          setAsked(new URLSearchParams({ from, to }).toString())
        }}
      >
        <h2 style={{ margin: '0 var(--base) 0 0' }}>{t.title}</h2>
        <label>
          {t.from}{' '}
          <input type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t.to} <input type="date" value={to} required onChange={(e) => setTo(e.target.value)} />
        </label>
        <button
          type="submit"
          className="btn btn--size-small btn--style-secondary"
          style={{ margin: 0 }}
        >
          {t.show}
        </button>
      </form>
      {error && <p role="alert">{fill(t.loadFailed, { reason: error })}</p>}
      <div style={{ ...grid, opacity: asked ? 0.5 : 1 }} aria-busy={asked !== null}>
        <section data-testid="credits-revenue" style={card}>
          <h3 style={{ marginTop: 0 }}>{t.revenueTitle}</h3>
          {shown.revenue.length === 0 ? (
            <p>{t.noPurchases}</p>
          ) : (
            shown.revenue.map((row) => (
              <p key={`${row.provider}:${row.currency}`} style={{ margin: 0 }}>
                {t[row.provider]}:{' '}
                <strong>{formatMoney(row.amount, row.currency, language)}</strong>{' '}
                <span style={muted}>
                  ({t.purchases}: {count(row.purchases)})
                </span>
              </p>
            ))
          )}
          <p style={{ margin: 'calc(var(--base) / 2) 0 0' }}>
            {t.payingClients}:{' '}
            <strong data-testid="paying-clients">{count(shown.payingClients)}</strong>
          </p>
          <p style={{ margin: 'calc(var(--base) / 2) 0 0' }}>
            {t.conversion}:{' '}
            {conversion.rate === null ? (
              <span style={muted}>{t.noWriters}</span>
            ) : (
              <>
                <strong data-testid="conversion">{Math.round(conversion.rate * 100)}%</strong>{' '}
                <span style={muted}>
                  (
                  {fill(t.conversionNote, {
                    converted: count(conversion.converted),
                    writers: count(conversion.writers),
                  })}
                  )
                </span>
              </>
            )}
          </p>
        </section>
        <section data-testid="credits-offers" style={card}>
          <h3 style={{ marginTop: 0 }}>{t.offersTitle}</h3>
          {shown.offers.length === 0 ? (
            <p>{t.noPurchases}</p>
          ) : (
            <table style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell}>{t.offer}</th>
                  <th style={cell}>{t.payment}</th>
                  <th style={numberCell}>{t.purchases}</th>
                  <th style={numberCell}>{t.amount}</th>
                </tr>
              </thead>
              <tbody>
                {shown.offers.map((row) => (
                  <tr key={`${row.offer}:${row.name}:${row.provider}:${row.currency}`}>
                    <td style={cell}>
                      {row.name ?? t[row.offer]}{' '}
                      {row.name && <span style={muted}>({t[row.offer]})</span>}
                    </td>
                    <td style={cell}>{t[row.provider]}</td>
                    <td style={numberCell}>{count(row.purchases)}</td>
                    <td style={numberCell}>{formatMoney(row.amount, row.currency, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section data-testid="credits-spends" style={card}>
          <h3 style={{ marginTop: 0 }}>{t.spendsTitle}</h3>
          {shown.spends.length === 0 ? (
            <p>{t.noSpends}</p>
          ) : (
            <table style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell}>{t.kind}</th>
                  <th style={numberCell}>{t.messages}</th>
                  <th style={numberCell}>{t.credits}</th>
                </tr>
              </thead>
              <tbody>
                {shown.spends.map((row) => (
                  <tr key={row.kind}>
                    <td style={cell}>{kindName(t, row.kind)}</td>
                    <td style={numberCell}>{count(row.messages)}</td>
                    <td style={numberCell}>{count(row.credits)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <div style={{ marginTop: 'var(--base)' }}>
        <StarsChart stars={shown.stars} />
      </div>
    </div>
  )
}
