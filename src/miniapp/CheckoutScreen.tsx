'use client'
import { useState } from 'react'

import { formatDay } from '@/domain/miniappTexts'
import { FULFILLMENT_LABELS, type Fulfillment } from '@/domain/orderWorkflow'

import type { ScreenProps } from './MiniApp'
import { cartLines, totalOf } from './quantities'
import { haptic, openPaymentLink, requestLocation } from './telegram'
import { useTexts } from './texts'
import { useScreenAction } from './useMainButton'

type Payment = 'card' | 'on_delivery'

/** Delivery or pickup, an offered day, the address (typed, saved or located), and how to pay. */
export function CheckoutScreen(props: ScreenProps) {
  const { launch, api, me, catalog, cart, setCart, restart, setAction } = props
  const { t, money, language } = useTexts()
  const days = me.ordering.days
  const saved = me.client.address ?? ''
  const payments: Payment[] = me.ordering.cardPayments ? ['card', 'on_delivery'] : ['on_delivery']
  const [fulfillment, setFulfillment] = useState<Fulfillment>('delivery')
  const [day, setDay] = useState(days[0] ?? '')
  const [address, setAddress] = useState(saved)
  const [location, setLocation] = useState<{ latitude: number; longitude: number } | null>(null)
  const [locationNote, setLocationNote] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [payment, setPayment] = useState<Payment>(payments[0])
  const [sending, setSending] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(me.refusal?.message ?? null)
  const lines = cartLines(cart, catalog.products)
  const currency = catalog.currency
  const needsAddress = fulfillment === 'delivery' && !address.trim() && !location

  async function place() {
    if (needsAddress) {
      haptic.error()
      setRefusal(t('addressNeeded'))
      return
    }
    setSending(true)
    setRefusal(null)
    try {
      const order = await api.placeOrder({
        items: lines.map(({ product, quantity }) => ({ product: product.id, quantity })),
        fulfillment,
        deliveryDate: day,
        ...(fulfillment === 'delivery' && address.trim()
          ? { deliveryAddress: address.trim() }
          : {}),
        ...(fulfillment === 'delivery' && location ? { location } : {}),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      })
      haptic.success()
      setCart({})
      if (payment === 'card') {
        const { url } = await api.pay(order.id)
        openPaymentLink(url, launch.native)
      }
      restart({ name: 'order', id: order.id })
    } catch (error) {
      haptic.error()
      setRefusal((error as Error).message)
      setSending(false)
    }
  }

  useScreenAction(setAction, {
    text: `${t('placeOrder')} · ${money(totalOf(lines), currency)}`,
    enabled: lines.length > 0 && Boolean(day) && !me.refusal,
    loading: sending,
    run: () => void place(),
  })

  return (
    <main className="page">
      <h1>{t('checkout')}</h1>
      <fieldset className="group">
        <legend>{t('fulfillment')}</legend>
        {(['delivery', 'pickup'] as const).map((way) => (
          <label key={way} className="choice">
            <input
              type="radio"
              name="fulfillment"
              value={way}
              checked={fulfillment === way}
              onChange={() => {
                haptic.select()
                setFulfillment(way)
              }}
            />
            {FULFILLMENT_LABELS[way][language]}
          </label>
        ))}
      </fieldset>
      <fieldset className="group">
        <legend>{t('day')}</legend>
        {days.length === 0 && <p className="hint">{t('noDays')}</p>}
        <div className="days" data-testid="days">
          {days.map((each) => (
            <button
              key={each}
              type="button"
              data-day={each}
              className={each === day ? 'day chosen' : 'day'}
              onClick={() => {
                haptic.select()
                setDay(each)
              }}
            >
              {formatDay(each, language)}
            </button>
          ))}
        </div>
      </fieldset>
      {fulfillment === 'delivery' && (
        <fieldset className="group">
          <legend>{t('address')}</legend>
          <textarea
            name="address"
            rows={2}
            placeholder={t('addressPlaceholder')}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
          />
          <div className="row">
            {saved && (
              <button type="button" className="link" onClick={() => setAddress(saved)}>
                {t('savedAddress')}
              </button>
            )}
            <button
              type="button"
              className="link"
              onClick={async () => {
                const found = await requestLocation()
                setLocation(found)
                setLocationNote(found ? t('locationSet') : t('locationUnavailable'))
              }}
            >
              📍 {t('useLocation')}
            </button>
          </div>
          {locationNote && (
            <p className="hint" data-testid="location-note">
              {locationNote}
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="group">
        <legend>{t('payment')}</legend>
        {payments.map((way) => (
          <label key={way} className="choice">
            <input
              type="radio"
              name="payment"
              value={way}
              checked={payment === way}
              onChange={() => setPayment(way)}
            />
            {way === 'card' ? t('payCard') : t('payOnDelivery')}
          </label>
        ))}
      </fieldset>
      <fieldset className="group">
        <legend>{t('comment')}</legend>
        <textarea
          name="comment"
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </fieldset>
      <p className="total">
        {t('total')}: {money(totalOf(lines), currency)}
      </p>
      {refusal && (
        <p className="error" role="alert" data-testid="refusal">
          {refusal}
        </p>
      )}
    </main>
  )
}
