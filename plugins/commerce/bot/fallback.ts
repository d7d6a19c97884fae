import { Composer } from 'grammy'
import type { BotContext } from './context'

/**
 * Whatever no feature took: a person always gets an answer (the help, one line per command the
 * features offer), and an old button says it is stale.
 */
export function fallback(helpKeys: string[]): Composer<BotContext> {
  const composer = new Composer<BotContext>()
  composer.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t('unknown-button'), show_alert: true })
  })
  // Telegram's own notices of a payment or its refund are not a person asking for help.
  composer.on(['message:successful_payment', 'message:refunded_payment'], () => {})
  composer.on('message', (ctx) =>
    ctx.reply(
      [ctx.t('help'), ...helpKeys.map((key) => ctx.t(key)), ctx.t('help-always')].join('\n'),
    ),
  )
  return composer
}
