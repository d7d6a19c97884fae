import type { BotContext } from '@commerce/bot/context'
import { ownOrder } from '@commerce/bot/ownOrder'
import { payButtons, payKeyboard } from '@commerce/bot/payButton'
import { Composer, InlineKeyboard } from 'grammy'
import { formatMoney } from '@/domain/money'
import { leftToPay } from '@/domain/payments'
import { offerCheckout } from './operations'
import { PaymentRefused } from './paymentRefused'

export const payment = new Composer<BotContext>()

/**
 * "Pay": a Checkout link made on the press, so it is fresh and Stripe being down costs only a
 * "try again" (the same button works the next time).
 */
payment.callbackQuery(payButtons.pattern, async (ctx) => {
  const order = await ownOrder(ctx, Number(ctx.match[1]))
  if (!order) return
  await ctx.answerCallbackQuery()
  // An old pay button of an order cancelled since: nothing to pay.
  if (order.status === 'cancelled')
    return ctx.reply(ctx.t('pay-order-cancelled', { number: String(order.number) }))
  const due = leftToPay(order)
  if (due === 0) return ctx.reply(ctx.t('pay-already-paid', { number: String(order.number) }))
  try {
    const { url, amount } = await offerCheckout(ctx.payload, order)
    await ctx.reply(
      ctx.t('pay-link', { number: String(order.number), amount: formatMoney(amount) }),
      {
        reply_markup: new InlineKeyboard().url(
          ctx.t('button-pay', { amount: formatMoney(amount) }),
          url,
        ),
      },
    )
  } catch (error) {
    if (error instanceof PaymentRefused && error.status === 503) return ctx.reply(ctx.t('pay-off'))
    if (error instanceof PaymentRefused)
      return ctx.reply(ctx.t('pay-already-paid', { number: String(order.number) }))
    ctx.payload.logger.warn(
      { err: error, order: order.id },
      'stripe: could not create a checkout session',
    )
    await ctx.reply(ctx.t('pay-unavailable'), {
      reply_markup: payKeyboard(ctx.t, order.id, due),
    })
  }
})
