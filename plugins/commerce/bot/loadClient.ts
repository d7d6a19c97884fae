import type { MiddlewareFn } from 'grammy'
import type { Payload } from 'payload'

import type { BotContext } from './context'

/** Every update knows who is writing: the registered client, or nobody yet. */
export function loadClient(payload: Payload): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.payload = payload
    ctx.client = null
    if (ctx.from) {
      const { docs } = await payload.find({
        collection: 'clients',
        where: { telegramId: { equals: ctx.from.id } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      ctx.client = docs[0] ?? null
    }
    await next()
  }
}
