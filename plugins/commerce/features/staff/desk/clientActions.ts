import type { BotContext } from '@commerce/bot/context'
import { languageFromTelegram, type Translate, textsIn } from '@commerce/bot/i18n'
import { staffTexts } from '@commerce/bot/staffTexts'
import { Composer } from 'grammy'
import { createLocalReq, Forbidden, getLocalI18n, NotFound, ValidationError } from 'payload'
import { parseGrantReply } from '@/domain/deskCommands'
import { clientStatusButtons, grantButtons } from './buttons'
import { clientCard } from './clientCard'
import { staffMay } from './deskAccess'

export const clientActions = new Composer<BotContext>()

/** Marks the bot's question for an amount with the client it is about: a reply carries it back. */
const GRANT_MARK = /#c(\d{1,9})\s*$/

/**
 * Block or unblock from a client's card, as the staff member: the clients collection's own
 * access decides (managers and admins), and the card is shown again as it now stands.
 */
clientActions.callbackQuery(clientStatusButtons.pattern, async (ctx) => {
  const t = staffTexts(ctx)
  if (!staffMay(ctx, 'block'))
    return ctx.answerCallbackQuery({ text: t('staff-not-allowed'), show_alert: true })
  const { client, to } = clientStatusButtons.parse(ctx.callbackQuery.data)!
  try {
    await ctx.payload.update({
      collection: 'clients',
      id: Number(client),
      data: { status: to as 'blocked' | 'active' },
      depth: 0,
      user: ctx.staff,
      overrideAccess: false,
    })
  } catch (error) {
    return ctx.answerCallbackQuery({ text: refusal(error, t), show_alert: true })
  }
  await ctx.answerCallbackQuery({ text: t(to === 'blocked' ? 'desk-blocked' : 'desk-unblocked') })
  await refreshCard(ctx, Number(client), t)
})

/** An amount pressed under the card, or `ask`: the bot asks for one, answered by a reply. */
clientActions.callbackQuery(grantButtons.pattern, async (ctx) => {
  const t = staffTexts(ctx)
  if (!staffMay(ctx, 'grantCredits'))
    return ctx.answerCallbackQuery({ text: t('staff-not-allowed'), show_alert: true })
  const { client, amount } = grantButtons.parse(ctx.callbackQuery.data)!
  if (amount === 'ask') {
    await ctx.answerCallbackQuery()
    return ctx.reply(`${t('desk-grant-ask')} #c${client}`, {
      reply_markup: { force_reply: true, selective: true },
      message_thread_id: ctx.callbackQuery.message?.message_thread_id,
    })
  }
  // Keyed by the pressed message and amount: a double tap (two callbacks) grants once.
  const pressed = ctx.callbackQuery.message
  const key = pressed
    ? `desk:${pressed.chat.id}:${pressed.message_id}:${amount}`
    : `desk:inline:${ctx.callbackQuery.inline_message_id ?? ctx.callbackQuery.id}:${amount}`
  const said = await grant(ctx, Number(client), Number(amount), null, t, key)
  await ctx.answerCallbackQuery({ text: said, show_alert: true })
  await refreshCard(ctx, Number(client), t)
})

/** A reply to the bot's question for an amount: "50", or "50 sorry for the wait". */
clientActions.on('message:text', async (ctx, next) => {
  const asked = ctx.message.reply_to_message
  const mark = asked?.from?.id === ctx.me.id ? GRANT_MARK.exec(asked.text ?? '') : null
  if (!mark) return next()
  const t = staffTexts(ctx)
  const thread = { message_thread_id: ctx.message.message_thread_id }
  if (!staffMay(ctx, 'grantCredits')) return ctx.reply(t('staff-not-allowed'), thread)
  const parsed = parseGrantReply(ctx.message.text)
  if (!parsed)
    return ctx.reply(`${t('desk-grant-bad-amount')} #c${mark[1]}`, {
      ...thread,
      reply_markup: { force_reply: true, selective: true },
    })
  // Keyed by the reply itself: the same reply delivered again grants once.
  const key = `desk:${ctx.chat.id}:${ctx.message.message_id}:${parsed.amount}`
  await ctx.reply(await grant(ctx, Number(mark[1]), parsed.amount, parsed.reason, t, key), thread)
})

/**
 * A grant written to the ledger as the staff member, so the ledger's own rules decide (managers
 * and admins, a reason, the client exists); its refusal, in their language, is the answer. The
 * ledger's unique key (`staff:<key>`) makes a repeat of the same press or reply one grant.
 */
async function grant(
  ctx: BotContext,
  clientId: number,
  amount: number,
  reason: string | null,
  t: Translate,
  key: string,
): Promise<string> {
  if (await granted(ctx, key)) return t('desk-grant-already')
  const client = await ctx.payload.findByID({
    collection: 'clients',
    id: clientId,
    depth: 0,
    joins: false,
    select: { name: true, language: true },
    user: ctx.staff,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!client) return t('desk-client-gone')
  // The ledger's refusals come in the staff member's language.
  const language = languageFromTelegram(ctx.from?.language_code) as Parameters<
    typeof getLocalI18n
  >[0]['language']
  const req = await createLocalReq(
    {
      user: ctx.staff ?? undefined,
      req: { i18n: await getLocalI18n({ config: ctx.payload.config, language }) },
    },
    ctx.payload,
  )
  try {
    const entry = await ctx.payload.create({
      collection: 'ledger-entries',
      data: {
        client: client.id,
        kind: 'grant',
        amount,
        // The client reads the reason, so one not typed is in the client's language.
        reason: reason ?? textsIn(client.language)('desk-grant-default-reason'),
        key,
      },
      user: ctx.staff,
      overrideAccess: false,
      req,
    })
    return t('desk-granted', {
      client: client.name,
      amount,
      balance: entry.balanceAfter ?? 0,
    })
  } catch (error) {
    // A second tap that got past the look-up at the same moment meets the unique key.
    if (await granted(ctx, key)) return t('desk-grant-already')
    return refusal(error, t)
  }
}

/** Whether the grant keyed `key` is in the ledger already. */
async function granted(ctx: BotContext, key: string) {
  const { totalDocs } = await ctx.payload.count({
    collection: 'ledger-entries',
    where: { key: { equals: `staff:${key}` } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** What a refused write says to the staff member; anything else is a fault and goes up. */
function refusal(error: unknown, t: Translate): string {
  if (error instanceof Forbidden) return t('staff-not-allowed')
  if (error instanceof NotFound) return t('desk-client-gone')
  if (error instanceof ValidationError) return error.message
  throw error
}

/** The pressed card, shown again as the client now stands; an unchanged card is no error. */
async function refreshCard(ctx: BotContext, clientId: number, t: Translate) {
  const card = await clientCard(ctx, clientId, t)
  if (!card || !ctx.callbackQuery?.message) return
  await ctx.editMessageText(...card).catch((error: unknown) => {
    if (!/not modified|message to edit not found/i.test(String((error as Error).message)))
      throw error
  })
}
