import type { BotContext } from '@commerce/bot/context'
import { staffTexts } from '@commerce/bot/staffTexts'
import { Composer, InlineKeyboard } from 'grammy'
import { parseClientReference } from '@/domain/staffCommands'
import { findClients } from '../findClients'
import { clientCardButtons } from './buttons'
import { clientCard } from './clientCard'
import { staffMay } from './deskAccess'

/** More matches than this are not a choice: the staff member is asked to say more. */
const CHOICES = 8

export const userCommand = new Composer<BotContext>()

/**
 * `/user <name, @username, INN or phone>`: the client's card; several matches are buttons to
 * choose from, none is said plainly.
 */
userCommand.command('user', async (ctx) => {
  const t = staffTexts(ctx)
  if (!staffMay(ctx, 'viewClient')) return ctx.reply(t('staff-not-allowed'))
  const reference = parseClientReference(ctx.match)
  if (!reference) return ctx.reply(t('desk-usage-user'))
  const query = ctx.match.trim()
  const clients = await findClients(ctx, reference, CHOICES + 1)
  if (clients.length === 0) return ctx.reply(t('staff-client-not-found', { query }))
  if (clients.length === 1) {
    const card = await clientCard(ctx, clients[0].id, t)
    return card ? ctx.reply(...card) : ctx.reply(t('staff-client-not-found', { query }))
  }
  const keyboard = InlineKeyboard.from(
    clients.slice(0, CHOICES).map((client) => {
      const detail = client.telegramUsername
        ? `@${client.telegramUsername}`
        : client.inn || client.phone
      const label = detail ? `${client.name} · ${detail}` : client.name
      return [clientCardButtons.button(label.slice(0, 60), { client: client.id })]
    }),
  )
  const more = clients.length > CHOICES ? `\n${t('desk-user-more')}` : ''
  await ctx.reply(t('desk-user-which', { query }) + more, { reply_markup: keyboard })
})

/** A client picked from the matches: their card. */
userCommand.callbackQuery(clientCardButtons.pattern, async (ctx) => {
  const t = staffTexts(ctx)
  if (!staffMay(ctx, 'viewClient'))
    return ctx.answerCallbackQuery({ text: t('staff-not-allowed'), show_alert: true })
  const card = await clientCard(
    ctx,
    Number(clientCardButtons.parse(ctx.callbackQuery.data)?.client),
    t,
  )
  if (!card) return ctx.answerCallbackQuery({ text: t('desk-client-gone'), show_alert: true })
  await ctx.answerCallbackQuery()
  await ctx.reply(...card)
})
