import type { BotContext } from '@commerce/bot/context'
import { languageFromTelegram } from '@commerce/bot/i18n'
import { shopKeyboard, shopMenuButton, shopUrl } from '@commerce/bot/shopMenuButton'
import { commerceOf } from '@commerce/feature'
import { Composer } from 'grammy'
import type { Payload } from 'payload'

/** `/shop`: a button opening the Mini App, and this chat's menu button in the client's language. */
export function shopCommand(payload: Payload): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.command('shop', async (ctx) => {
    const shop = shopUrl(commerceOf(payload).options.publicUrl)
    if ('refused' in shop) return ctx.reply(ctx.t('shop-unavailable'))
    const language = ctx.client?.language ?? languageFromTelegram(ctx.from?.language_code)
    await ctx.reply(ctx.t('shop-open'), { reply_markup: shopKeyboard(shop.url, language) })
    // The default menu button speaks Russian; this chat's speaks its client's language. A failure
    // costs only the label, so it is logged and the answer above stands.
    await ctx.api
      .setChatMenuButton({ chat_id: ctx.chat.id, menu_button: shopMenuButton(shop.url, language) })
      .catch((error) => payload.logger.warn({ err: error }, 'telegram: chat menu button not set'))
  })
  return composer
}
