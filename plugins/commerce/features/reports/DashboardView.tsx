'use client'
import { useConfig } from '@payloadcms/ui'
import { useState } from 'react'
import { muted } from '@/admin/panelStyles'
import type { MorningReport } from '@/domain/morningReport'
import { PERIOD_KINDS, type PeriodKind } from '@/domain/reportPeriods'
import { formatRange } from './dashboardFormat'
import { type DashboardText, fill } from './dashboardTexts'
import type { Dashboard } from './loadDashboard'
import { ProductionPlan } from './ProductionPlan'
import { SalesChart } from './SalesChart'
import { SalesFigureCards } from './SalesFigureCards'
import { SupportSummary } from './SupportSummary'
import { TopSellers } from './TopSellers'
import { useDashboardTexts } from './useDashboardTexts'
import { useReport } from './useReport'

const PERIOD_TEXTS: Record<PeriodKind, DashboardText> = {
  day: 'today',
  week: 'thisWeek',
  month: 'thisMonth',
}

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))',
  gap: 'var(--base)',
  alignItems: 'start',
}

/**
 * The manager's dashboard: the production plan, the figures against the periods before, the best
 * sellers and the support desk over a chosen period, and the last 90 days in a chart. Rendered on
 * the server with today's figures; a period picked loads from `GET /api/reports/dashboard`.
 */
export function DashboardView({ initial, plan }: { initial: Dashboard; plan: MorningReport }) {
  const { t, language } = useDashboardTexts()
  const { config } = useConfig()
  const [period, setPeriod] = useState<PeriodKind>(initial.period)
  const query = new URLSearchParams({ date: initial.date, period })
  const url =
    period === initial.period
      ? null
      : `${config.serverURL}${config.routes.api}/reports/dashboard?${query}`
  const { data: dashboard, error, loading } = useReport(url, initial)

  return (
    <div data-testid="dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <ProductionPlan today={initial.date} initial={plan} />
      <h2>{t.figuresTitle}</h2>
      <p style={muted}>{t.salesNote}</p>
      <SalesFigureCards figures={dashboard.figures} owed={dashboard.owed} />
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'baseline',
          gap: 'calc(var(--base) / 2)',
          margin: 'calc(var(--base) * 2) 0 var(--base)',
        }}
      >
        <h2 style={{ margin: '0 var(--base) 0 0' }}>{t.topTitle}</h2>
        {PERIOD_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            data-testid={`period-${kind}`}
            aria-pressed={period === kind}
            className={`btn btn--size-small ${period === kind ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
            onClick={() => setPeriod(kind)}
          >
            {t[PERIOD_TEXTS[kind]]}
          </button>
        ))}
        <span style={muted}>{formatRange(dashboard.range, language)}</span>
      </div>
      {error && <p role="alert">{fill(t.loadFailed, { reason: error })}</p>}
      <div style={{ ...grid, opacity: loading ? 0.5 : 1 }} aria-busy={loading}>
        <TopSellers products={dashboard.topProducts} clients={dashboard.topClients} />
        <SupportSummary support={dashboard.support} />
      </div>
      <div style={{ marginTop: 'calc(var(--base) * 2)' }}>
        <SalesChart days={dashboard.daily} />
      </div>
    </div>
  )
}
