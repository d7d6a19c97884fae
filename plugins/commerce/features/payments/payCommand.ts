import { buttonFamily, ID } from '@commerce/bot/callbackData'
import type { BotContext } from '@commerce/bot/context'
import { ownOrder } from '@commerce/bot/ownOrder'
import { payButtons, payKeyboard } from '@commerce/bot/payButton'
import type { Order } from '@payload-types'
import { Composer, InlineKeyboard } from 'grammy'
import { formatMoney } from '@/domain/money'
import { leftToPay } from '@/domain/payments'
import { onlineProviders } from './onlineProviders'
import { offerPayment } from './operations'
import { PaymentRefused } from './paymentRefused'
import { ONLINE_PROVIDERS } from './providerSettings'

export const payment = new Composer<BotContext>()

/** "Pay with Payme" and the like: the client's choice among the providers offered. */
export const payViaButtons = buttonFamily('payvia', {
  order: ID,
  provider: new RegExp(ONLINE_PROVIDERS.join('|')),
})

/**
 * A payment link made on the press, so it is fresh and a provider being down costs only a "try
 * again" (the same button works the next time).
 */
async function sendLink(ctx: BotContext, order: Order, provider?: string) {
  const due = leftToPay(order)
  try {
    const offer = await offerPayment(ctx.payload, order, provider)
    const amount = formatMoney(offer.amount)
    const text =
      offer.provider === 'stripe'
        ? ctx.t('pay-link', { number: String(order.number), amount })
        : ctx.t('pay-link-via', {
            number: String(order.number),
            amount,
            provider: ctx.t(`provider-${offer.provider}`),
          })
    await ctx.reply(text, {
      reply_markup: new InlineKeyboard().url(ctx.t('button-pay', { amount }), offer.url),
    })
  } catch (error) {
    if (error instanceof PaymentRefused && error.status === 503) return ctx.reply(ctx.t('pay-off'))
    if (error instanceof PaymentRefused)
      return ctx.reply(ctx.t('pay-already-paid', { number: String(order.number) }))
    ctx.payload.logger.warn(
      { err: error, order: order.id, provider },
      'payments: could not make a payment link',
    )
    await ctx.reply(ctx.t('pay-unavailable'), {
      reply_markup: payKeyboard(ctx.t, order.id, due),
    })
  }
}

/** The order if it is the client's and something is owed on it; otherwise the client is told. */
async function payableOrder(ctx: BotContext, id: number): Promise<Order | null> {
  const order = await ownOrder(ctx, id)
  if (!order) return null
  await ctx.answerCallbackQuery()
  // An old pay button of an order cancelled since: nothing to pay.
  if (order.status === 'cancelled') {
    await ctx.reply(ctx.t('pay-order-cancelled', { number: String(order.number) }))
    return null
  }
  if (leftToPay(order) === 0) {
    await ctx.reply(ctx.t('pay-already-paid', { number: String(order.number) }))
    return null
  }
  return order
}

/** "Pay": the link at once when one provider is offered, else the client chooses among them. */
payment.callbackQuery(payButtons.pattern, async (ctx) => {
  const order = await payableOrder(ctx, Number(ctx.match[1]))
  if (!order) return
  const providers = await onlineProviders(ctx.payload)
  if (providers.length <= 1) return sendLink(ctx, order)
  const keyboard = InlineKeyboard.from(
    providers.map((provider) => [
      payViaButtons.button(ctx.t(`provider-${provider}`), {
        order: order.id,
        provider,
      }),
    ]),
  )
  await ctx.reply(
    ctx.t('pay-choose', { number: String(order.number), amount: formatMoney(leftToPay(order)) }),
    { reply_markup: keyboard },
  )
})

payment.callbackQuery(payViaButtons.pattern, async (ctx) => {
  const { order: id, provider } = payViaButtons.parse(ctx.callbackQuery.data)!
  const order = await payableOrder(ctx, Number(id))
  if (order) await sendLink(ctx, order, provider)
})
