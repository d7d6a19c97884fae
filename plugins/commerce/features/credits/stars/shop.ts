import type { BotContext } from '@commerce/bot/context'
import { Composer, InlineKeyboard } from 'grammy'
import type { OfferKind } from '@/domain/starsOffer'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { premiumAgainButtons, starsOfferButtons } from './buttons'
import { sendStarsInvoice } from './invoice'
import { currentItem, itemsOnSale, packageOf, type StarsItem, unlockedBy } from './offers'
import { sendPremiumFile } from './sendPremiumFile'

const LISTS: Record<OfferKind, { title: string; empty: string }> = {
  credits: { title: 'stars-packages-title', empty: 'stars-no-packages' },
  pass: { title: 'stars-passes-title', empty: 'stars-no-passes' },
  premium: { title: 'stars-premium-title', empty: 'stars-no-premium' },
}

/** A button's text for an item on sale. */
function offerText(ctx: BotContext, item: StarsItem): string {
  const stars = String(item.priceStars)
  if (item.kind === 'credits')
    return item.bonus
      ? ctx.t('stars-package-bonus-button', {
          credits: String(item.credits),
          bonus: String(item.bonus),
          stars,
        })
      : ctx.t('stars-package-button', { credits: String(item.credits), stars })
  if (item.kind === 'pass') return ctx.t('stars-pass-button', { name: item.name, stars })
  return ctx.t('stars-premium-button', { title: item.name, stars })
}

/** What is on sale of one kind, a button each; premium content already the client's is sent again. */
async function listOffers(ctx: BotContext, kind: OfferKind) {
  const items = await itemsOnSale(ctx.payload, kind)
  if (items.length === 0) return ctx.reply(ctx.t(LISTS[kind].empty))
  const owned = kind === 'premium' ? await unlockedBy(ctx.payload, ctx.client?.id) : new Set()
  const keyboard = new InlineKeyboard()
  for (const item of items) {
    const button = owned.has(item.id)
      ? premiumAgainButtons.button(ctx.t('stars-premium-again-button', { title: item.name }), {
          content: item.id,
        })
      : starsOfferButtons.button(offerText(ctx, item), { kind, id: item.id })
    keyboard.row(button)
  }
  return ctx.reply(ctx.t(LISTS[kind].title), { reply_markup: keyboard })
}

/** Sends premium content the client holds again; false when they do not hold it. */
async function sendAgain(ctx: BotContext, content: number): Promise<boolean> {
  if (!ctx.client || !(await unlockedBy(ctx.payload, ctx.client.id)).has(content)) return false
  const item = await currentItem(sqlDatabase(ctx.payload), 'premium', content)
  const sent =
    !!item &&
    (await sendPremiumFile(ctx.api, ctx.payload, ctx.chat!.id, {
      media: item.media,
      title: item.name,
    }).catch(() => false))
  if (!sent) await ctx.reply(ctx.t('stars-premium-unavailable'))
  return true
}

/**
 * The shop of digital goods, paid in Telegram Stars: `/buy` (packages), `/buy10` (that package's
 * invoice at once), `/pass`, `/premium`, and the buttons under them, each sending an invoice.
 */
export function starsShop(): Composer<BotContext> {
  const shop = new Composer<BotContext>()
  shop.command('buy', (ctx) => listOffers(ctx, 'credits'))
  shop.command('pass', (ctx) => listOffers(ctx, 'pass'))
  shop.command('premium', (ctx) => listOffers(ctx, 'premium'))
  shop.hears(/^\/buy(\d{1,7})(?:@\w+)?(?:\s|$)/, async (ctx) => {
    const credits = Number(ctx.match[1])
    const item = await packageOf(ctx.payload, credits)
    if (item) return sendStarsInvoice(ctx, item)
    const onSale = await itemsOnSale(ctx.payload, 'credits')
    if (onSale.length === 0) return ctx.reply(ctx.t('stars-no-packages'))
    const list = onSale.map((offer) => `/buy${offer.credits}`).join(', ')
    return ctx.reply(ctx.t('stars-unknown-package', { credits: String(credits), list }))
  })
  shop.callbackQuery(starsOfferButtons.pattern, async (ctx) => {
    const { kind, id } = starsOfferButtons.parse(ctx.callbackQuery.data)!
    const item = await currentItem(sqlDatabase(ctx.payload), kind as OfferKind, Number(id))
    if (!item?.active)
      return ctx.answerCallbackQuery({ text: ctx.t('stars-offer-gone'), show_alert: true })
    await ctx.answerCallbackQuery()
    // Bought already: the client gets it again rather than paying twice.
    if (item.kind === 'premium' && (await sendAgain(ctx, item.id))) return
    await sendStarsInvoice(ctx, item)
  })
  shop.callbackQuery(premiumAgainButtons.pattern, async (ctx) => {
    const { content } = premiumAgainButtons.parse(ctx.callbackQuery.data)!
    if (!(await sendAgain(ctx, Number(content))))
      return ctx.answerCallbackQuery({ text: ctx.t('stars-premium-not-yours'), show_alert: true })
    await ctx.answerCallbackQuery()
  })
  return shop
}
