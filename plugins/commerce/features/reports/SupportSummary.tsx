'use client'
import { useConfig } from '@payloadcms/ui'
import { card, muted } from '@/admin/panelStyles'
import { formatCount, formatDuration } from './dashboardFormat'
import { fill } from './dashboardTexts'
import type { SupportFigures } from './loadSupportFigures'
import { useDashboardTexts } from './useDashboardTexts'

/** Conversations open now, and how fast clients who wrote in the period got a first answer. */
export function SupportSummary({ support }: { support: SupportFigures }) {
  const { t, language } = useDashboardTexts()
  const { config } = useConfig()
  return (
    <section data-testid="support-figures" style={card}>
      <h3 style={{ marginTop: 0 }}>{t.supportTitle}</h3>
      <p style={{ margin: 0 }}>
        <a href={`${config.routes.admin}/collections/conversations?where[status][equals]=open`}>
          {t.openConversations}:{' '}
          <strong data-testid="open-conversations">{formatCount(support.open)}</strong>
        </a>{' '}
        <span style={muted}>
          ({t.waitingAnswer}: {formatCount(support.waiting)})
        </span>
      </p>
      <p style={{ margin: 'calc(var(--base) / 2) 0 0' }}>
        {t.medianResponse}:{' '}
        {support.medianFirstResponseMs === null ? (
          <span style={muted}>{t.noAnswers}</span>
        ) : (
          <>
            <strong data-testid="median-first-response">
              {formatDuration(support.medianFirstResponseMs, language)}
            </strong>{' '}
            <span style={muted}>
              ({fill(t.answersCounted, { count: formatCount(support.answered) })})
            </span>
          </>
        )}
      </p>
    </section>
  )
}
