'use client'
import { card, muted } from '@/admin/panelStyles'
import { formatMoney } from '@/domain/money'
import { PERIOD_KINDS, type PeriodKind } from '@/domain/reportPeriods'
import type { Comparison, PeriodFigures } from '@/domain/salesFigures'
import { formatChange, formatCount, formatRange } from './dashboardFormat'
import type { DashboardText } from './dashboardTexts'
import type { MoneyOwed } from './loadMoneyOwed'
import type { SalesFigures } from './loadSalesFigures'
import { MoneyOwedCard } from './MoneyOwedCard'
import { useDashboardTexts } from './useDashboardTexts'

const PERIOD_NAMES: Record<PeriodKind, [DashboardText, DashboardText]> = {
  day: ['today', 'vsYesterday'],
  week: ['thisWeek', 'vsLastWeek'],
  month: ['thisMonth', 'vsLastMonth'],
}

const FIGURES: { key: keyof PeriodFigures; money: boolean }[] = [
  { key: 'orders', money: false },
  { key: 'revenue', money: true },
  { key: 'averageOrder', money: true },
  { key: 'newClients', money: false },
]

/** Up in the theme's success colour, down in its error colour, level in grey: how the figure moved since the period before. */
function Change({ comparison, money }: { comparison: Comparison; money: boolean }) {
  const { language } = useDashboardTexts()
  const { change, ratio } = comparison
  const color =
    change > 0 ? 'var(--theme-success-500)' : change < 0 ? 'var(--theme-error-500)' : muted.color
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '='
  // With nothing the period before, a share means nothing: the difference is shown instead.
  const amount =
    ratio !== null
      ? formatChange(ratio, language)
      : `${change > 0 ? '+' : ''}${money ? formatMoney(change) : formatCount(change)}`
  return (
    <span data-testid="figure-change" style={{ color, whiteSpace: 'nowrap' }}>
      {arrow} {change === 0 ? '' : amount}
    </span>
  )
}

/**
 * Orders, revenue, average order and new clients for today, this week and this month, each against
 * the period before; and the money owed now.
 */
export function SalesFigureCards({ figures, owed }: { figures: SalesFigures; owed: MoneyOwed }) {
  const { t, language } = useDashboardTexts()
  return (
    <div
      data-testid="sales-figures"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
        gap: 'var(--base)',
      }}
    >
      {PERIOD_KINDS.map((kind) => {
        const period = figures[kind]
        const [name, before] = PERIOD_NAMES[kind]
        return (
          <section key={kind} data-testid={`figures-${kind}`} style={card}>
            <h3 style={{ margin: 0 }}>{t[name]}</h3>
            <p style={{ ...muted, margin: '0 0 calc(var(--base) / 2)' }}>
              {formatRange(period.current, language)} · {t[before]}:{' '}
              {formatRange(period.previous, language)}
            </p>
            {FIGURES.map(({ key, money }) => {
              const comparison = period[key]
              const show = (value: number) => (money ? formatMoney(value) : formatCount(value))
              return (
                <div
                  key={key}
                  data-testid={`figure-${kind}-${key}`}
                  style={{ padding: '4px 0', borderTop: '1px solid var(--theme-elevation-100)' }}
                >
                  <div
                    style={{
                      display: 'flex',
                      justifyContent: 'space-between',
                      alignItems: 'baseline',
                      gap: 'calc(var(--base) / 2)',
                    }}
                  >
                    <span>{t[key]}</span>
                    <strong data-testid="figure-value" style={{ whiteSpace: 'nowrap' }}>
                      {show(comparison.current)}
                    </strong>
                  </div>
                  <div style={{ textAlign: 'right', fontSize: '0.85em' }}>
                    <Change comparison={comparison} money={money} />{' '}
                    <span style={{ ...muted, whiteSpace: 'nowrap' }}>
                      · {t[before]}: {show(comparison.previous)}
                    </span>
                  </div>
                </div>
              )
            })}
          </section>
        )
      })}
      <MoneyOwedCard owed={owed} />
    </div>
  )
}
