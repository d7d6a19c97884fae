import type { BotContext } from '@commerce/bot/context'
import type { Translate } from '@commerce/bot/i18n'
import { staffTexts } from '@commerce/bot/staffTexts'
import type { Client } from '@payload-types'
import { Composer } from 'grammy'
import { parseClientReference } from '@/domain/staffCommands'
import { findClients } from './findClients'

export const clientCommand = new Composer<BotContext>()

/** `/client <name, INN or phone>`: who the client is and how to reach them. */
clientCommand.command('client', async (ctx) => {
  const t = staffTexts(ctx)
  const reference = parseClientReference(ctx.match)
  if (!reference) return ctx.reply(t('usage-client'))
  const clients = await findClients(ctx, reference)
  if (clients.length === 0)
    return ctx.reply(t('staff-client-not-found', { query: ctx.match.trim() }))
  await ctx.reply(clients.map((client) => describe(client, t)).join('\n\n'))
})

function describe(client: Client, t: Translate): string {
  const empty = t('field-empty')
  return [
    `${client.name} · ${t(`client-status-${client.status ?? 'active'}`)}`,
    `${t('field-contactName')}: ${client.contactName || empty}`,
    `${t('field-phone')}: ${client.phone || empty}`,
    `Telegram: ${client.telegramUsername ? `@${client.telegramUsername}` : empty}`,
    `${t('field-inn')}: ${client.inn || empty}`,
    `${t('field-deliveryAddress')}: ${client.deliveryAddress || empty}`,
  ].join('\n')
}
