import type { BotContext } from '@commerce/bot/context'
import { staffTexts } from '@commerce/bot/staffTexts'
import { Composer, InlineKeyboard } from 'grammy'
import { addDays } from '@/domain/calendarDate'
import { formatMoney } from '@/domain/money'
import { parseDayArgument } from '@/domain/staffCommands'
import { todayIn } from '@/shared/todayIn'
import { openCardButtons } from './buttons'
import { cardMessage, loadCardOrder } from './orderCard'

/** More buttons than this make a list nobody scrolls; the rest are counted. */
const LIST_LIMIT = 40

export const orderCommands = new Composer<BotContext>()

/** `/orders [today|tomorrow|YYYY-MM-DD]`: the day's orders, each a button to its card. */
orderCommands.command('orders', async (ctx) => {
  const t = staffTexts(ctx)
  const day = parseDayArgument(ctx.match, await todayIn(ctx.payload))
  if (!day) return ctx.reply(t('usage-orders'))
  const { docs, totalDocs } = await ctx.payload.find({
    collection: 'orders',
    where: {
      deliveryDate: {
        greater_than_equal: `${day}T00:00:00.000Z`,
        less_than: `${addDays(day, 1)}T00:00:00.000Z`,
      },
      status: { not_equals: 'cancelled' },
    },
    sort: 'number',
    limit: LIST_LIMIT,
    depth: 1,
    populate: { clients: { name: true } },
    select: { number: true, client: true, status: true, total: true },
    user: ctx.staff,
    overrideAccess: false,
  })
  if (docs.length === 0) return ctx.reply(t('staff-orders-empty', { date: day }))
  const keyboard = InlineKeyboard.from(
    docs.map((order) => {
      const client = typeof order.client === 'object' ? order.client.name : `#${order.client}`
      const label = `#${order.number} · ${client} · ${t(`status-${order.status ?? 'new'}`)} · ${formatMoney(order.total ?? 0)}`
      return [openCardButtons.button(label, { order: order.id })]
    }),
  )
  const more =
    totalDocs > docs.length ? `\n${t('staff-orders-more', { count: totalDocs - docs.length })}` : ''
  await ctx.reply(t('staff-orders-title', { date: day, count: totalDocs }) + more, {
    reply_markup: keyboard,
  })
})

/** `/order 1042`: one order's card, with its buttons. */
orderCommands.command('order', async (ctx) => {
  const t = staffTexts(ctx)
  const number = ctx.match.trim()
  if (!/^\d{1,9}$/.test(number)) return ctx.reply(t('usage-order'))
  const { docs } = await ctx.payload.find({
    collection: 'orders',
    where: { number: { equals: Number(number) } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { number: true },
    user: ctx.staff,
    overrideAccess: false,
  })
  const order = docs[0] && (await loadCardOrder(ctx.payload, docs[0].id))
  if (!order) return ctx.reply(t('staff-order-not-found', { number }))
  await ctx.reply(...cardMessage(order, staffTexts(ctx)))
})
