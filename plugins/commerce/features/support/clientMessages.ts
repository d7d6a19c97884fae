import type { BotContext } from '@commerce/bot/context'
import { Composer } from 'grammy'

import { describeMessage, receiveEdit, receiveFromClient } from './inbox'

export const clientMessages = new Composer<BotContext>()

/**
 * Whatever a registered client writes outside a flow or a command goes to the bakery's support
 * group, when there is one; without one, the help answers as before. In a paid desk a message
 * the client cannot pay for is not sent, and they are told what it costs and what to do.
 */
clientMessages.on('message', async (ctx, next) => {
  if (!ctx.client || ctx.message.text?.startsWith('/')) return next()
  // A service message (a payment, a refund) is no one's words: never forwarded, never charged.
  if (describeMessage(ctx.message).kind === 'other') return next()
  const settings = await ctx.payload.findGlobal({
    slug: 'settings',
    depth: 0,
    overrideAccess: true,
  })
  if (!settings.supportGroupId) return next()
  const { opened, refused } = await receiveFromClient(ctx.payload, ctx.client, ctx.message)
  if (refused) {
    // Numbers as written: Fluent would print 1000 credits as "1,000".
    const values = { cost: String(refused.cost), balance: String(refused.balance) }
    return ctx.reply(
      refused.passEnded
        ? ctx.t('support-paid-pass-ended', values)
        : ctx.t('support-paid-refused', values),
    )
  }
  if (opened) await ctx.reply(ctx.t('support-received'))
})

/** An edit of a message the bakery already has follows it into the topic. */
clientMessages.on('edited_message', async (ctx, next) => {
  if (!ctx.client || !(await receiveEdit(ctx.payload, ctx.editedMessage, 'client'))) return next()
})
