'use client'
import { useConfig } from '@payloadcms/ui'
import { useState } from 'react'

import { addDays, isCalendarDate } from '@/domain/calendarDate'
import { formatMoney } from '@/domain/money'
import type { MorningReport } from '@/domain/morningReport'
import { formatCount, formatDay, formatQuantity, unitLabel } from './dashboardFormat'
import { fill } from './dashboardTexts'
import { useDashboardTexts } from './useDashboardTexts'
import { useReport } from './useReport'

const cell = { padding: '4px 12px 4px 0', textAlign: 'left' as const }
const number = { ...cell, textAlign: 'right' as const }

// Printing shows the plan alone, as a sheet for the bakers.
const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  .production-plan, .production-plan * { visibility: visible; }
  .production-plan { position: absolute; left: 0; top: 0; width: 100%; }
  .production-plan .no-print { display: none !important; }
}`

/**
 * What to bake and deliver on a day: today, tomorrow or any day picked, printable. Opens on today
 * as the server rendered it; another day comes from `GET /api/reports/morning?date=`.
 */
export function ProductionPlan({ today, initial }: { today: string; initial: MorningReport }) {
  const { t, language } = useDashboardTexts()
  const { config } = useConfig()
  const [day, setDay] = useState(today)
  const url =
    day === initial.date
      ? null
      : `${config.serverURL}${config.routes.api}/reports/morning?date=${day}`
  const { data, error, loading } = useReport(url, initial)
  const plan = loading ? null : data
  const tomorrow = addDays(today, 1)

  const named = day === today ? t.today : day === tomorrow ? t.tomorrow : null
  const title = `${named ? `${named}, ` : ''}${formatDay(day, language)}`
  return (
    <section
      className="production-plan"
      data-testid="production-plan"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <style>{PRINT_CSS}</style>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 'var(--base)' }}
      >
        <h2 style={{ margin: 0 }}>{t.planTitle}</h2>
        <span data-testid="plan-day" style={{ fontSize: '1.2em' }}>
          {title}
        </span>
      </div>
      <div
        className="no-print"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: 'calc(var(--base) / 2)',
          margin: 'calc(var(--base) / 2) 0',
        }}
      >
        {[
          [today, t.today],
          [tomorrow, t.tomorrow],
        ].map(([value, label]) => (
          <button
            key={value}
            type="button"
            className={`btn btn--size-small ${day === value ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
            onClick={() => setDay(value)}
          >
            {label}
          </button>
        ))}
        <label>
          {t.planDay}{' '}
          <input
            type="date"
            aria-label={t.planDay}
            data-testid="plan-date"
            value={day}
            onChange={(event) => isCalendarDate(event.target.value) && setDay(event.target.value)}
          />
        </label>
        <button
          type="button"
          className="btn btn--size-small btn--style-secondary"
          style={{ margin: 0 }}
          onClick={() => window.print()}
        >
          {t.print}
        </button>
      </div>
      {error ? (
        <p role="alert">{fill(t.loadFailed, { reason: error })}</p>
      ) : !plan ? (
        <p>{t.loading}</p>
      ) : plan.orders === 0 ? (
        <p>{t.noOrders}</p>
      ) : (
        <>
          <p data-testid="plan-summary">
            {fill(t.planSummary, {
              orders: formatCount(plan.orders),
              total: formatMoney(plan.total),
              delivery: formatCount(plan.delivery.orders),
              pickup: formatCount(plan.pickup.orders),
            })}
          </p>
          <table data-testid="plan-products">
            <thead>
              <tr>
                <th style={cell}>{t.toBake}</th>
                <th style={number}>{t.delivery}</th>
                <th style={number}>{t.pickup}</th>
                <th style={number}>{t.total}</th>
              </tr>
            </thead>
            <tbody>
              {plan.products.map((product) => (
                <tr key={product.productId}>
                  <td style={cell}>{product.name}</td>
                  <td style={number}>{formatQuantity(product.delivery, language)}</td>
                  <td style={number}>{formatQuantity(product.pickup, language)}</td>
                  <td style={number}>
                    {formatQuantity(product.quantity, language)} {unitLabel(product.unit, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
