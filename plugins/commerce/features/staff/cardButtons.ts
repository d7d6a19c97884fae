import type { BotContext } from '@commerce/bot/context'
import type { Translate } from '@commerce/bot/i18n'
import { staffTexts } from '@commerce/bot/staffTexts'
import { Composer, type Context } from 'grammy'
import { Forbidden, NotFound, ValidationError } from 'payload'
import { allowedNextStatuses, isOrderStatus } from '@/domain/orderWorkflow'
import { mayChange } from '@/shared/access/roles'
import { moveButtons, openCardButtons } from './buttons'
import { type CardOrder, cardMessage, loadCardOrder } from './orderCard'

export const cardButtons = new Composer<BotContext>()

/** An order from a list, shown as its card. */
cardButtons.callbackQuery(openCardButtons.pattern, async (ctx) => {
  const t = staffTexts(ctx)
  const order = await loadCardOrder(ctx.payload, Number(ctx.match[1]))
  if (!order) return ctx.answerCallbackQuery({ text: t('staff-order-gone'), show_alert: true })
  await ctx.answerCallbackQuery()
  await ctx.reply(...cardMessage(order, t))
})

/**
 * A move pressed on a card, applied through the Local API as that staff member: the workflow,
 * the access rules and the client's notification are the admin panel's. The card carries the
 * status it showed, so of two people pressing at once one wins and the other is told who.
 */
cardButtons.callbackQuery(moveButtons.pattern, async (ctx) => {
  const t = staffTexts(ctx)
  const [, id, shown, to] = ctx.match
  if (!mayChange(ctx.staff))
    return ctx.answerCallbackQuery({ text: t('staff-not-allowed'), show_alert: true })
  if (!isOrderStatus(shown) || !isOrderStatus(to))
    return ctx.answerCallbackQuery({ text: t('unknown-button'), show_alert: true })
  const before = await loadCardOrder(ctx.payload, Number(id))
  if (!before) return ctx.answerCallbackQuery({ text: t('staff-order-gone'), show_alert: true })
  const onTheCard = isTheCard(ctx, before)
  try {
    await ctx.payload.update({
      collection: 'orders',
      id: before.id,
      data: { status: to },
      user: ctx.staff,
      overrideAccess: false,
      depth: 0,
      // The card in the staff chat is edited right here; the outbox need not do it again.
      context: { expectedStatus: shown, staffCardEdited: onTheCard },
    })
  } catch (error) {
    if (error instanceof Forbidden)
      return ctx.answerCallbackQuery({ text: t('staff-not-allowed'), show_alert: true })
    if (error instanceof NotFound)
      return ctx.answerCallbackQuery({ text: t('staff-order-gone'), show_alert: true })
    if (!(error instanceof ValidationError)) throw error
    const now = await loadCardOrder(ctx.payload, before.id)
    await ctx.answerCallbackQuery({
      text: await refusal(ctx, t, now ?? before, shown, to),
      show_alert: true,
    })
    if (now) await refreshCard(ctx, now, t)
    return
  }
  const after = (await loadCardOrder(ctx.payload, before.id))!
  await ctx.answerCallbackQuery({
    text: t('card-moved', { number: after.number ?? '?', status: t(`status-${to}`) }),
  })
  await refreshCard(ctx, after, t)
})

function isTheCard(ctx: Context, order: CardOrder): boolean {
  const message = ctx.callbackQuery?.message
  return Boolean(
    message &&
      order.staffCard?.messageId === message.message_id &&
      order.staffCard?.chatId === message.chat.id,
  )
}

/** Shows the pressed message as the order now stands; an unchanged card is no error. */
async function refreshCard(ctx: Context, order: CardOrder, t: Translate) {
  await ctx.editMessageText(...cardMessage(order, t)).catch((error: unknown) => {
    if (!/not modified|message to edit not found/i.test(String((error as Error).message)))
      throw error
  })
}

/** Why a press changed nothing: who moved the order first, or what the workflow said. */
async function refusal(
  ctx: BotContext,
  t: Translate,
  order: CardOrder,
  shown: string,
  to: string,
): Promise<string> {
  // Nobody moved it meanwhile: the workflow said no, and this says which moves it allows.
  if (order.status === shown) {
    const allowed = allowedNextStatuses({ status: shown, fulfillment: order.fulfillment }, 'staff')
    return t('card-move-refused', {
      from: t(`status-${shown}`),
      to: t(`status-${to}`),
      allowed: allowed.map((status) => t(`status-${status}`)).join(', ') || '—',
    })
  }
  const last = order.statusHistory?.at(-1)
  const who = await actorName(ctx, t, last?.actor)
  return t('card-already-moved', {
    number: order.number ?? '?',
    status: t(`status-${order.status ?? 'new'}`),
    who,
  })
}

async function actorName(
  ctx: BotContext,
  t: Translate,
  actor: string | null | undefined,
): Promise<string> {
  if (actor === 'client') return t('actor-client')
  if (!actor || actor === 'system') return t('actor-system')
  // The history names the person; rows written before it did hold the user's id.
  if (!/^\d+$/.test(actor)) return actor
  const user = await ctx.payload.findByID({
    collection: 'users',
    id: Number(actor),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return user?.name ?? t('actor-system')
}
