import type { BotContext } from '@commerce/bot/context'
import { Composer } from 'grammy'
import { calendarDateIn, timeOfDayIn } from '@/domain/calendarDate'
import { checkoutProblem, readOfferPayload } from '@/domain/starsOffer'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { keepUnrecordedPayment } from './keepUnrecordedPayment'
import { currentItem, unlockedBy } from './offers'
import { type RecordedPayment, recordStarsPayment } from './recordStarsPayment'
import { sendPremiumFile } from './sendPremiumFile'

/**
 * Telegram's two steps of a Stars payment, for anyone (a `pre_checkout_query` has no chat, and a
 * payment must be recorded even while the client is in the middle of an order): the offer checked
 * before the money moves, and the payment recorded once it has.
 */
export const starsCheckout = new Composer<BotContext>()

// Answered within Telegram's 10 seconds: one row read, nothing else before the answer.
starsCheckout.on('pre_checkout_query', async (ctx) => {
  const query = ctx.preCheckoutQuery
  try {
    const offer = readOfferPayload(query.invoice_payload)
    const item = offer && (await currentItem(sqlDatabase(ctx.payload), offer.kind, offer.id))
    let problem: string | null = checkoutProblem(offer, item, {
      currency: query.currency,
      total: query.total_amount,
    })
    if (!problem && offer?.kind === 'premium' && ctx.client)
      if ((await unlockedBy(ctx.payload, ctx.client.id)).has(offer.id)) problem = 'owned'
    if (!problem) return await ctx.answerPreCheckoutQuery(true)
    await ctx.answerPreCheckoutQuery(false, { error_message: ctx.t(`stars-checkout-${problem}`) })
  } catch (error) {
    ctx.payload.logger.error({ err: error }, 'telegram stars: pre-checkout failed')
    await ctx.answerPreCheckoutQuery(false, { error_message: ctx.t('error') })
  }
})

starsCheckout.on('message:successful_payment', async (ctx, next) => {
  const payment = ctx.message.successful_payment
  // Card payments inside Telegram are not ours to record.
  if (payment.currency !== 'XTR') return next()
  let recorded: RecordedPayment
  try {
    recorded = await recordStarsPayment(ctx.payload, ctx.from, payment)
  } catch (error) {
    // Telegram never sends a payment again: one we failed to record is kept flagged, not lost.
    const kept = await keepUnrecordedPayment(ctx.payload, ctx.from, payment, error)
    recorded = kept
      ? { replay: false, unmatched: true, stars: payment.total_amount }
      : { replay: true }
  }
  await tellPayer(ctx, recorded)
})

/** The client told what they got and where their balance stands; a replay is told nothing. */
async function tellPayer(ctx: BotContext, recorded: RecordedPayment) {
  const chatId = ctx.chat?.id ?? ctx.from!.id
  if (recorded.replay) return
  if (recorded.unmatched)
    return ctx.reply(ctx.t('stars-paid-unmatched', { stars: String(recorded.stars) }))
  const { gift, balance, passUntil } = recorded
  if (gift.kind === 'credits')
    return ctx.reply(
      ctx.t('stars-paid-credits', { credits: String(gift.credits), balance: String(balance) }),
    )
  if (gift.kind === 'pass') {
    const { timezone } = await ctx.payload.findGlobal({ slug: 'settings', depth: 0 })
    const zone = timezone || 'Asia/Tashkent'
    const until = passUntil ?? new Date()
    return ctx.reply(
      ctx.t('stars-paid-pass', {
        name: gift.name,
        until: `${calendarDateIn(until, zone)} ${timeOfDayIn(until, zone)}`,
        balance: String(balance),
      }),
    )
  }
  await ctx.reply(ctx.t('stars-paid-premium', { title: gift.name }))
  const sent = await sendPremiumFile(ctx.api, ctx.payload, chatId, {
    media: gift.media,
    title: gift.name,
  }).catch((error) => {
    ctx.payload.logger.error({ err: error }, 'telegram stars: premium file not sent')
    return false
  })
  if (!sent) await ctx.reply(ctx.t('stars-premium-unavailable'))
}
