'use client'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { card } from '@/admin/panelStyles'
import { formatMoney, toMajor } from '@/domain/money'
import type { DaySales } from '@/domain/salesFigures'
import { formatCompact, formatCount, formatDay, formatShortDay } from './dashboardFormat'
import { useDashboardTexts } from './useDashboardTexts'

const REVENUE = 'var(--theme-success-500)'
const ORDERS = 'var(--theme-elevation-800)'

/**
 * Revenue (bars, so'm on the left) and orders (a line, on the right) per day. The chart draws in
 * the browser once it knows its width; the server renders its frame at the final height, so
 * nothing below it moves.
 */
export function SalesChart({ days }: { days: DaySales[] }) {
  const { t, language } = useDashboardTexts()
  const data = days.map((day) => ({ ...day, soms: toMajor(day.revenue) }))
  return (
    <section data-testid="sales-chart" style={card}>
      <h3 style={{ marginTop: 0 }}>{t.chartTitle}</h3>
      <ComposedChart
        responsive
        data={data}
        style={{ width: '100%', height: 300 }}
        margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
      >
        <CartesianGrid stroke="var(--theme-elevation-150)" vertical={false} />
        <XAxis
          dataKey="day"
          tickFormatter={(day: string) => formatShortDay(day, language)}
          minTickGap={24}
          stroke="var(--theme-elevation-500)"
        />
        <YAxis
          yAxisId="revenue"
          tickFormatter={(value: number) => formatCompact(value, language)}
          stroke="var(--theme-elevation-500)"
          width={72}
        />
        <YAxis
          yAxisId="orders"
          orientation="right"
          allowDecimals={false}
          tickFormatter={(value: number) => formatCount(value)}
          stroke="var(--theme-elevation-500)"
          width={48}
        />
        <Tooltip
          labelFormatter={(day) => formatDay(String(day), language)}
          formatter={(value, name, item) =>
            name === 'soms'
              ? [formatMoney((item.payload as DaySales).revenue), t.revenue]
              : [formatCount(Number(value)), t.orders]
          }
          contentStyle={{ background: 'var(--theme-elevation-0)' }}
        />
        <Legend formatter={(name) => (name === 'soms' ? t.revenue : t.orders)} />
        <Bar
          yAxisId="revenue"
          dataKey="soms"
          name="soms"
          fill={REVENUE}
          isAnimationActive={false}
        />
        <Line
          yAxisId="orders"
          dataKey="orders"
          name="orders"
          stroke={ORDERS}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </section>
  )
}
