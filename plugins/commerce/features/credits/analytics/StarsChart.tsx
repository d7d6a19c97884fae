'use client'
import { useState } from 'react'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { card } from '@/admin/panelStyles'
import { formatMoney } from '@/domain/money'
import type { AnalyticsText } from './analyticsTexts'
import { type BucketUnit, bucketLabel } from './bucketLabel'
import type { StarsBucket } from './loadCreditsAnalytics'
import { useAnalyticsTexts } from './useAnalyticsTexts'

const STARS = 'var(--theme-warning-500)'
const UNITS: [BucketUnit, AnalyticsText][] = [
  ['days', 'byDay'],
  ['weeks', 'byWeek'],
  ['months', 'byMonth'],
]

/**
 * Stars taken by day, week or month, as the dashboard's sales chart draws: bars on the admin
 * theme's colours, drawn in the browser once it knows its width, the frame at its final height.
 */
export function StarsChart({ stars }: { stars: Record<BucketUnit, StarsBucket[]> }) {
  const { t, language } = useAnalyticsTexts()
  const [unit, setUnit] = useState<BucketUnit>('days')
  return (
    <section data-testid="credits-stars-chart" style={card}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 8 }}>
        <h3 style={{ margin: '0 var(--base) 0 0' }}>{t.starsTitle}</h3>
        {UNITS.map(([each, label]) => (
          <button
            key={each}
            type="button"
            aria-pressed={unit === each}
            className={`btn btn--size-small ${unit === each ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
            onClick={() => setUnit(each)}
          >
            {t[label]}
          </button>
        ))}
      </div>
      <BarChart
        responsive
        data={stars[unit]}
        style={{ width: '100%', height: 260 }}
        margin={{ top: 16, right: 8, bottom: 0, left: 8 }}
      >
        <CartesianGrid stroke="var(--theme-elevation-150)" vertical={false} />
        <XAxis
          dataKey="start"
          tickFormatter={(start: string) => bucketLabel(start, unit, language)}
          minTickGap={24}
          stroke="var(--theme-elevation-500)"
        />
        <YAxis allowDecimals={false} stroke="var(--theme-elevation-500)" width={56} />
        <Tooltip
          labelFormatter={(start) => bucketLabel(String(start), unit, language, true)}
          formatter={(value, _name, item) => [
            `${formatMoney(Number(value), 'XTR')} · ${t.purchases}: ${(item.payload as StarsBucket).purchases}`,
            t.stars,
          ]}
          contentStyle={{ background: 'var(--theme-elevation-0)' }}
        />
        <Bar dataKey="stars" name="stars" fill={STARS} isAnimationActive={false} />
      </BarChart>
    </section>
  )
}
