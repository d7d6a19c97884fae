import type { Order } from '@payload-types'
import type { BotContext } from './context'

/** The client's own order by id, or null (with an answer) when the button was tampered with. */
export async function ownOrder(ctx: BotContext, id: number): Promise<Order | null> {
  const order = await ctx.payload
    .findByID({ collection: 'orders', id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!order || !ctx.client || order.client !== ctx.client.id) {
    await ctx.answerCallbackQuery({ text: ctx.t('not-your-order'), show_alert: true })
    return null
  }
  return order
}
