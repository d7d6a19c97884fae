import type { BotContext } from '@commerce/bot/context'

import type { Client } from '@payload-types'
import type { Where } from 'payload'

import type { ClientReference } from '@/domain/staffCommands'
import { uzPhoneSchema } from '@/domain/validators'

/** The clients a staff member means, as that staff member may see them; at most `limit`. */
export async function findClients(
  ctx: BotContext,
  reference: ClientReference,
  limit = 5,
): Promise<Client[]> {
  let where: Where
  if ('username' in reference) where = { telegramUsername: { like: reference.username } }
  else if ('inn' in reference) where = { inn: { equals: reference.inn } }
  else {
    const phone = uzPhoneSchema.safeParse(reference.text)
    where = phone.success
      ? { phone: { equals: phone.data } }
      : { or: [{ name: { like: reference.text } }, { contactName: { like: reference.text } }] }
  }
  const { docs } = await ctx.payload.find({
    collection: 'clients',
    where,
    sort: 'name',
    // `like` finds every username containing this one: all are read, so the exact one is not cut off.
    ...('username' in reference ? { pagination: false } : { limit: limit + 5 }),
    depth: 0,
    joins: false,
    user: ctx.staff,
    overrideAccess: false,
  })
  // Telegram usernames are one word and compared without case: `like` finds more.
  const matches =
    'username' in reference
      ? docs.filter(
          (client) => client.telegramUsername?.toLowerCase() === reference.username.toLowerCase(),
        )
      : docs
  return matches.slice(0, limit)
}
