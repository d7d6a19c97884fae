import type { ServerProps } from 'payload'

import { formatMoney } from '@/domain/money'
import { todayIn } from '@/shared/todayIn'
import { loadMorningReport } from './loadMorningReport'

const cell = { padding: '4px 12px 4px 0', textAlign: 'left' as const }
const number = { ...cell, textAlign: 'right' as const }

/** Today's summary at the top of the dashboard: what to bake and deliver, as the staff chat gets it. */
export async function MorningReportPanel({ payload }: ServerProps) {
  const report = await loadMorningReport(payload, await todayIn(payload))
  return (
    <section
      className="morning-report"
      data-testid="morning-report"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2>Today, {report.date}</h2>
      {report.orders === 0 ? (
        <p>No orders for today.</p>
      ) : (
        <>
          <p>
            {report.orders} orders, {formatMoney(report.total)} · delivery {report.delivery.orders}{' '}
            ({formatMoney(report.delivery.total)}) · pickup {report.pickup.orders} (
            {formatMoney(report.pickup.total)})
          </p>
          <table>
            <thead>
              <tr>
                <th style={cell}>To bake</th>
                <th style={number}>Delivery</th>
                <th style={number}>Pickup</th>
                <th style={number}>Total</th>
              </tr>
            </thead>
            <tbody>
              {report.products.map((product) => (
                <tr key={product.productId}>
                  <td style={cell}>{product.name}</td>
                  <td style={number}>{product.delivery}</td>
                  <td style={number}>{product.pickup}</td>
                  <td style={number}>
                    {product.quantity} {product.unit}
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
