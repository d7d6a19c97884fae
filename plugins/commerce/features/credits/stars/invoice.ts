import type { BotContext } from '@commerce/bot/context'
import { offerPayload } from '@/domain/starsOffer'
import type { StarsItem } from './offers'

// Telegram's limits on an invoice's texts.
const TITLE_MAX = 32
const DESCRIPTION_MAX = 255

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

/** What the invoice says it sells, in the client's language. */
function describe(ctx: BotContext, item: StarsItem): string {
  if (item.kind === 'credits') {
    const credits = String((item.credits ?? 0) + (item.bonus ?? 0))
    return item.bonus
      ? ctx.t('stars-invoice-credits-bonus-description', { credits, bonus: String(item.bonus) })
      : ctx.t('stars-invoice-credits-description', { credits })
  }
  if (item.kind === 'pass')
    return ctx.t('stars-invoice-pass-description', { hours: String(item.hours) })
  return item.description?.trim() || ctx.t('stars-invoice-premium-description')
}

/**
 * The invoice of one package, pass or premium item, paid in Telegram Stars: currency `XTR`, no
 * provider token, one price. Its payload names the item and the price it was offered at, which the
 * pre-checkout holds it to.
 */
export function sendStarsInvoice(ctx: BotContext, item: StarsItem) {
  const title = clip(item.name, TITLE_MAX)
  return ctx.replyWithInvoice(
    title,
    clip(describe(ctx, item), DESCRIPTION_MAX),
    offerPayload({ kind: item.kind, id: item.id, stars: item.priceStars }),
    'XTR',
    [{ label: title, amount: item.priceStars }],
    { provider_token: '' },
  )
}
