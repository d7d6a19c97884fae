import type { BotContext } from '@commerce/bot/context'
import { Composer } from 'grammy'

import { startOrder } from './ordering'

export const orderCommand = new Composer<BotContext>()

orderCommand.command('order', async (ctx) => {
  const client = ctx.client
  if (!client) return ctx.reply(ctx.t('order-register-first'))
  if (client.status === 'pending') return ctx.reply(ctx.t('order-pending'))
  if (client.status === 'blocked') return ctx.reply(ctx.t('order-blocked'))
  await ctx.conversation.exitAll()
  await startOrder(ctx, client.id)
})
