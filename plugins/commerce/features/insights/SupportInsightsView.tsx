'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { card, cell, muted, numberCell } from '@/admin/panelStyles'
import type { Spread } from '@/domain/supportInsights'
import { fill, formatDuration, type InsightsText } from './insightsTexts'
import type { SupportInsights } from './loadSupportInsights'
import { StackedBars } from './StackedBars'
import { useInsightsTexts } from './useInsightsTexts'

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))',
  gap: 'var(--base)',
  alignItems: 'start',
}

/** Category colours in order; a category keeps its colour for as long as the list is the same. */
const PALETTE = [
  'var(--theme-success-500)',
  'var(--theme-warning-500)',
  'var(--theme-error-500)',
  '#3b82f6',
  '#a855f7',
  '#14b8a6',
  '#f97316',
  'var(--theme-elevation-400)',
]

const dayLabel = (day: string, language: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(language, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })

function SpreadCells({ spread, t }: { spread: Spread; t: Record<InsightsText, string> }) {
  return (
    <>
      <td style={numberCell}>{formatDuration(spread.median, t)}</td>
      <td style={numberCell}>{formatDuration(spread.p90, t)}</td>
    </>
  )
}

/**
 * The support desk for the staff: messages per day, first response and resolution times (median
 * and p90) overall and per staff member, and clients' messages by category over time. Rendered on
 * the server for this month; another period loads from `GET /api/support/insights`.
 */
export function SupportInsightsView({ initial }: { initial: SupportInsights }) {
  const { t, language } = useInsightsTexts()
  const { config } = useConfig()
  const [from, setFrom] = useState(initial.range.first)
  const [to, setTo] = useState(initial.range.last)
  const [asked, setAsked] = useState<string | null>(null)
  const [shown, setShown] = useState(initial)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (asked === null) return
    let current = true
    fetch(`${config.serverURL}${config.routes.api}/support/insights?${asked}`, {
      credentials: 'include',
      headers: { accept: 'application/json' },
    })
      .then(async (response) => {
        const body = await response.json().catch(() => null)
        if (!response.ok || !body)
          throw new Error(body?.errors?.[0]?.message ?? `${response.status} ${response.statusText}`)
        if (current) {
          setShown(body as SupportInsights)
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

  const perDay = new Map(shown.perDay.map((row) => [row.day, row]))
  const categoryNames = [...new Set(shown.categories.rows.map((row) => row.category ?? ''))]
  const periods = [...new Set(shown.categories.rows.map((row) => row.period))]
  const categoryCount = new Map(
    shown.categories.rows.map((row) => [`${row.period}|${row.category ?? ''}`, row.count]),
  )
  return (
    <div data-testid="support-insights" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
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
        <section style={card}>
          <h3 style={{ marginTop: 0 }}>{t.perDayTitle}</h3>
          <StackedBars
            testId="insights-per-day"
            title={t.perDayTitle}
            periods={shown.perDay.map((row) => row.day)}
            series={[
              { key: 'in', label: t.fromClients, color: 'var(--theme-warning-500)' },
              { key: 'out', label: t.fromStaff, color: 'var(--theme-success-500)' },
            ]}
            value={(day, key) => perDay.get(day)?.[key as 'in' | 'out'] ?? 0}
            label={(day) => dayLabel(day, language)}
          />
        </section>
        <section data-testid="insights-times" style={card}>
          <h3 style={{ marginTop: 0 }}>{t.timesTitle}</h3>
          {shown.cases === 0 ? (
            <p>{t.noCases}</p>
          ) : (
            <table style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell} rowSpan={2}>
                    {t.who}
                  </th>
                  <th style={numberCell} colSpan={2}>
                    {t.firstResponse}
                  </th>
                  <th style={numberCell} colSpan={2}>
                    {t.resolution}
                  </th>
                </tr>
                <tr>
                  <th style={numberCell}>{t.median}</th>
                  <th style={numberCell}>{t.p90}</th>
                  <th style={numberCell}>{t.median}</th>
                  <th style={numberCell}>{t.p90}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td style={cell}>
                    <strong>{t.everyone}</strong>{' '}
                    <span style={muted}>
                      ({t.cases}: {shown.cases}, {t.answered}: {shown.firstResponse.count})
                    </span>
                  </td>
                  <SpreadCells spread={shown.firstResponse} t={t} />
                  <SpreadCells spread={shown.resolution} t={t} />
                </tr>
                {shown.staff.map((row) => (
                  <tr key={row.id ?? 'group'}>
                    <td style={cell}>
                      {row.id === null ? t.anonymous : (row.name ?? `#${row.id}`)}{' '}
                      <span style={muted}>({row.firstResponse.count})</span>
                    </td>
                    <SpreadCells spread={row.firstResponse} t={t} />
                    <SpreadCells spread={row.resolution} t={t} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p style={{ ...muted, margin: 'calc(var(--base) / 2) 0 0' }}>{t.timesNote}</p>
        </section>
        <section style={card}>
          <h3 style={{ marginTop: 0 }}>
            {t.categoriesTitle}{' '}
            <span style={muted}>({shown.categories.bucket === 'day' ? t.byDay : t.byWeek})</span>
          </h3>
          {periods.length === 0 ? (
            <p>{t.noMessages}</p>
          ) : (
            <StackedBars
              testId="insights-categories"
              title={t.categoriesTitle}
              periods={periods}
              series={categoryNames.map((name, i) => ({
                key: name,
                label: name || t.uncategorised,
                color: PALETTE[i % PALETTE.length],
              }))}
              value={(period, key) => categoryCount.get(`${period}|${key}`) ?? 0}
              label={(period) => dayLabel(period, language)}
            />
          )}
        </section>
      </div>
    </div>
  )
}
