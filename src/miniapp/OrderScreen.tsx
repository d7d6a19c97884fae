'use client'
import { useCallback, useEffect, useState } from 'react'

import { formatDay } from '@/domain/miniappTexts'
import { FULFILLMENT_LABELS, isFinalStatus, STATUS_LABELS } from '@/domain/orderWorkflow'
import type { Order, Repeat } from './api'
import type { Cart } from './cartStorage'
import type { ScreenProps } from './MiniApp'
import { haptic, openPaymentLink } from './telegram'
import { useTexts } from './texts'
import { useScreenAction } from './useMainButton'

/** How often an open order's status is asked again: often enough to feel live, rare enough for a phone. */
const POLL_MS = 4000

/** One order, its status kept live, with pay, cancel (while `new`) and repeat. */
export function OrderScreen({
  id,
  api,
  me,
  launch,
  cart,
  setCart,
  go,
  notify,
  setAction,
}: ScreenProps & { id: number }) {
  const { t, money, language, unitLabel } = useTexts()
  const [order, setOrder] = useState<Order | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const refresh = useCallback(
    () => api.order(id).then(setOrder, (error: Error) => setFailure(error.message)),
    [api, id],
  )
  useEffect(() => {
    void refresh()
  }, [refresh])
  const open = order !== null && !isFinalStatus(order.status)
  useEffect(() => {
    if (!open) return
    const timer = setInterval(() => void refresh(), POLL_MS)
    return () => clearInterval(timer)
  }, [open, refresh])
  useScreenAction(setAction, null)

  async function act(work: () => Promise<void>) {
    setBusy(true)
    setFailure(null)
    try {
      await work()
    } catch (error) {
      haptic.error()
      setFailure((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (!order)
    return (
      <main className="page">
        <p className={failure ? 'error' : 'hint'}>{failure ?? t('loading')}</p>
      </main>
    )
  return (
    <main className="page" data-testid="order">
      <h1>
        {t('order')} #{order.number}
      </h1>
      <p>
        {t('status')}:{' '}
        <strong data-testid="order-status" data-status={order.status}>
          {STATUS_LABELS[order.status]?.[language] ?? order.status}
        </strong>
        {order.paymentStatus === 'paid' && <span className="badge">{t('paid')}</span>}
      </p>
      <p className="hint">
        {FULFILLMENT_LABELS[order.fulfillment]?.[language]} ·{' '}
        {formatDay(order.deliveryDate.slice(0, 10), language)}
        {order.fulfillment === 'delivery' && order.deliveryAddress
          ? ` · ${order.deliveryAddress}`
          : ''}
      </p>
      <ul className="lines">
        {order.items.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an order's lines are a snapshot that never reorders
          <li key={index} className="line">
            <div className="line-name">{line.productName}</div>
            <div>
              {line.quantity} {unitLabel(line.unit)} × {money(line.unitPrice, order.currency)}
            </div>
            <div className="line-total">{money(line.lineTotal, order.currency)}</div>
          </li>
        ))}
      </ul>
      <p className="total" data-testid="order-total">
        {t('total')}: {money(order.total, order.currency)}
      </p>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        {order.canPay && me.ordering.cardPayments && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              act(async () => {
                const { url } = await api.pay(order.id)
                openPaymentLink(url, launch.native)
              })
            }
          >
            {t('pay')}
          </button>
        )}
        {order.canCancel && (
          <button
            type="button"
            className="button destructive"
            disabled={busy}
            onClick={() =>
              act(async () => {
                setOrder(await api.cancel(order.id))
                haptic.success()
              })
            }
          >
            {t('cancel')}
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() =>
            act(async () => {
              const repeated = await api.repeat(order.id)
              haptic.success()
              setCart(withLines(cart, repeated.items))
              const gone = repeated.unavailable.filter(Boolean)
              notify(
                gone.length
                  ? `${t('repeated')}. ${t('noLongerOnSale')}: ${gone.join(', ')}`
                  : t('repeated'),
              )
              go({ name: 'cart' })
            })
          }
        >
          {t('repeat')}
        </button>
      </div>
    </main>
  )
}

/** The cart with an earlier order's lines added to it. */
function withLines(cart: Cart, lines: Repeat['items']): Cart {
  const next = { ...cart }
  for (const { product, quantity } of lines) next[product] = (next[product] ?? 0) + quantity
  return next
}
