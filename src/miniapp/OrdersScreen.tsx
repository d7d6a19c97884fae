'use client'
import { useEffect, useState } from 'react'

import { formatDay } from '@/domain/miniappTexts'
import { STATUS_LABELS } from '@/domain/orderWorkflow'

import type { Order } from './api'
import type { ScreenProps } from './MiniApp'
import { useTexts } from './texts'
import { useScreenAction } from './useMainButton'

/** The caller's orders, newest first; each opens with its status, repeat and cancel. */
export function OrdersScreen({ api, go, setAction }: ScreenProps) {
  const { t, money, language } = useTexts()
  const [orders, setOrders] = useState<Order[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  useScreenAction(setAction, null)
  useEffect(() => {
    api.orders().then(setOrders, (error: Error) => setFailure(error.message))
  }, [api])
  return (
    <main className="page">
      <h1>{t('myOrders')}</h1>
      {failure && <p className="error">{failure}</p>}
      {!orders && !failure && <p className="hint">{t('loading')}</p>}
      {orders?.length === 0 && <p className="hint">{t('noOrders')}</p>}
      <ul className="lines" data-testid="orders">
        {orders?.map((order) => (
          <li key={order.id}>
            <button
              type="button"
              className="order-row"
              onClick={() => go({ name: 'order', id: order.id })}
            >
              <span>
                {t('order')} #{order.number} ·{' '}
                {formatDay(order.deliveryDate.slice(0, 10), language)}
              </span>
              <span className="hint">
                {STATUS_LABELS[order.status]?.[language] ?? order.status}
              </span>
              <span>{money(order.total, order.currency)}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  )
}
