'use client'

export interface BarSeries {
  key: string
  label: string
  color: string
}

const HEIGHT = 160
const AXIS = 18

/**
 * Bars stacked per period in plain SVG, scaled to the tallest: enough for a few dozen periods,
 * without a chart library. Each bar's title tells its figures on hover.
 */
export function StackedBars({
  periods,
  series,
  value,
  label,
  testId,
  title,
}: {
  periods: string[]
  series: BarSeries[]
  value: (period: string, key: string) => number
  label: (period: string) => string
  testId: string
  /** What the chart shows, for screen readers. */
  title: string
}) {
  const totals = periods.map((period) => series.reduce((sum, s) => sum + value(period, s.key), 0))
  const top = Math.max(1, ...totals)
  const width = Math.max(periods.length * 14, 280)
  const step = width / Math.max(periods.length, 1)
  const every = Math.ceil(periods.length / 8)
  return (
    <div>
      <svg
        data-testid={testId}
        viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
        style={{ width: '100%', height: HEIGHT + AXIS }}
        preserveAspectRatio="none"
        role="img"
        aria-label={title}
      >
        <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} stroke="var(--theme-elevation-150)" />
        {periods.map((period, i) => {
          let y = HEIGHT
          const x = i * step + step * 0.15
          return (
            <g key={period}>
              <title>
                {`${label(period)}: ${series.map((s) => `${s.label} ${value(period, s.key)}`).join(', ')}`}
              </title>
              {series.map((s) => {
                const h = (value(period, s.key) / top) * (HEIGHT - 8)
                y -= h
                return h > 0 ? (
                  <rect key={s.key} x={x} y={y} width={step * 0.7} height={h} fill={s.color} />
                ) : null
              })}
              {i % every === 0 && (
                <text x={x} y={HEIGHT + AXIS - 4} fontSize={10} fill="var(--theme-elevation-500)">
                  {label(period)}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <p style={{ margin: 0, display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        {series.map((s) => (
          <span key={s.key}>
            <span
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                background: s.color,
                marginRight: 4,
              }}
            />
            {s.label}
          </span>
        ))}
        <span style={{ color: 'var(--theme-elevation-500)' }}>max {top}</span>
      </p>
    </div>
  )
}
