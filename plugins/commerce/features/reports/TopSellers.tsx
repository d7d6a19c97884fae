'use client'
import { useConfig } from '@payloadcms/ui'
import { card, cell, numberCell } from '@/admin/panelStyles'
import { formatMoney } from '@/domain/money'
import { formatCount, formatQuantity, unitLabel } from './dashboardFormat'
import type { TopClient, TopProduct } from './loadTopSellers'
import { useDashboardTexts } from './useDashboardTexts'

/** The products and the clients that brought the most revenue in the chosen period. */
export function TopSellers({
  products,
  clients,
}: {
  products: TopProduct[]
  clients: TopClient[]
}) {
  const { t, language } = useDashboardTexts()
  const { config } = useConfig()
  return (
    <>
      <section data-testid="top-products" style={card}>
        <h3 style={{ marginTop: 0 }}>{t.topProducts}</h3>
        {products.length === 0 ? (
          <p>{t.nothingSold}</p>
        ) : (
          <table style={{ width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>{t.product}</th>
                <th style={numberCell}>{t.quantity}</th>
                <th style={numberCell}>{t.revenue}</th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.productId}>
                  <td style={cell}>{product.name}</td>
                  <td style={numberCell}>
                    {formatQuantity(product.quantity, language)} {unitLabel(product.unit, language)}
                  </td>
                  <td style={numberCell}>{formatMoney(product.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section data-testid="top-clients" style={card}>
        <h3 style={{ marginTop: 0 }}>{t.topClients}</h3>
        {clients.length === 0 ? (
          <p>{t.nothingSold}</p>
        ) : (
          <table style={{ width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>{t.client}</th>
                <th style={numberCell}>{t.orders}</th>
                <th style={numberCell}>{t.revenue}</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr key={client.clientId}>
                  <td style={cell}>
                    <a href={`${config.routes.admin}/collections/clients/${client.clientId}`}>
                      {client.name}
                    </a>
                  </td>
                  <td style={numberCell}>{formatCount(client.orders)}</td>
                  <td style={numberCell}>{formatMoney(client.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  )
}
