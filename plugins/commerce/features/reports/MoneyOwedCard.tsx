'use client'
import { useConfig } from '@payloadcms/ui'
import { card, muted } from '@/admin/panelStyles'
import { formatMoney } from '@/domain/money'
import { formatCount } from './dashboardFormat'
import { fill } from './dashboardTexts'
import type { MoneyOwed } from './loadMoneyOwed'
import { useDashboardTexts } from './useDashboardTexts'

/** What clients owe now for orders handed over, linking to the receivables with their ageing. */
export function MoneyOwedCard({ owed }: { owed: MoneyOwed }) {
  const { t } = useDashboardTexts()
  const { config } = useConfig()
  return (
    <section data-testid="money-owed" style={card}>
      <h3 style={{ margin: 0 }}>{t.owedTitle}</h3>
      <p style={{ fontSize: '1.6em', fontWeight: 600, margin: 'calc(var(--base) / 2) 0' }}>
        <a href={`${config.routes.admin}/receivables`} data-testid="money-owed-total">
          {formatMoney(owed.total)}
        </a>
      </p>
      <p style={{ ...muted, margin: 0 }}>
        {fill(t.owedClients, { clients: formatCount(owed.clients) })} ·{' '}
        {fill(t.owedOrders, { orders: formatCount(owed.orders) })}
      </p>
    </section>
  )
}
