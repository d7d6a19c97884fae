import { CheckoutRefused, offerCheckout } from '@commerce/checkout'
import type { MiniappPayment } from '@/domain/miniappApi'
import { leftToPay } from '@/domain/payments'
import { MiniappRefusal, miniappEndpoint } from './miniappEndpoint'
import { ownOrder } from './ownOrder'

/**
 * `POST /api/miniapp/orders/:id/pay[?provider=payme]`: a payment link for what is still owed, from
 * the same checkout as the bot's pay button (an open link is given again rather than a second
 * one), through the provider the client chose among those offered, else the first offered.
 */
export const payOrderEndpoint = miniappEndpoint('post', '/orders/:id/pay', async (call) => {
  const order = await ownOrder(call)
  const { req, t, language } = call
  const number = order.number ?? 0
  if (order.status === 'cancelled')
    throw new MiniappRefusal(409, 'order-cancelled', t('pay-order-cancelled', { number }))
  if (leftToPay(order) === 0)
    throw new MiniappRefusal(409, 'already-paid', t('pay-already-paid', { number }))
  try {
    const provider = req.searchParams?.get('provider') || undefined
    const { url, amount } = await offerCheckout(req.payload, order, provider)
    const payment: MiniappPayment = { url, amount, currency: order.currency ?? 'UZS' }
    return Response.json(payment)
  } catch (error) {
    if (error instanceof CheckoutRefused)
      throw new MiniappRefusal(
        error.status === 503 ? 503 : 409,
        'payment-refused',
        error.said[language],
      )
    req.payload.logger.warn(
      { err: error, order: order.id },
      'miniapp: could not make a checkout link',
    )
    throw new MiniappRefusal(502, 'payment-unavailable', t('pay-unavailable'))
  }
})
