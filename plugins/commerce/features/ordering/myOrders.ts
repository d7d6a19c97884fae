import type { BotContext } from '@commerce/bot/context'
import { orderLineText } from '@commerce/bot/orderLine'
import { ownOrder } from '@commerce/bot/ownOrder'
import { byRequest, perTurn } from '@commerce/bot/perTurn'
import type { Order } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { Composer, InlineKeyboard } from 'grammy'
import { ValidationError } from 'payload'
import { formatMoney } from '@/domain/money'
import { allowedNextStatuses } from '@/domain/orderWorkflow'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { cancelMyOrderButtons, myOrderButtons, repeatOrderButtons } from './buttons'
import { startOrder } from './ordering'

const RECENT = 10

/** The client's orders: a list, each order's details, cancel while new, repeat the last one. */
export const myOrders = new Composer<BotContext>()

const day = (order: Pick<Order, 'deliveryDate'>) => order.deliveryDate.slice(0, 10)
const line = (
  ctx: BotContext,
  order: Pick<Order, 'number' | 'deliveryDate' | 'status' | 'total'>,
) =>
  ctx.t('my-order-line', {
    number: String(order.number),
    date: day(order),
    status: ctx.t(`status-${order.status}`),
    total: formatMoney(order.total ?? 0),
  })

myOrders.command('orders', async (ctx) => {
  if (!ctx.client) return ctx.reply(ctx.t('order-register-first'))
  const docs = await recentOrders(ctx.payload, ctx.client.id)
  if (docs.length === 0) return ctx.reply(ctx.t('my-orders-empty'))
  const keyboard = InlineKeyboard.from(
    docs.map((order) => [myOrderButtons.button(line(ctx, order), { order: order.id })]),
  )
  keyboard.row().add(repeatOrderButtons.button(ctx.t('button-repeat-last'), { order: docs[0].id }))
  await ctx.reply(ctx.t('my-orders-title'), { reply_markup: keyboard })
})

type Recent = Pick<Order, 'id' | 'number' | 'deliveryDate' | 'status' | 'total'>

/**
 * A client's latest orders, in plain SQL: `/orders` is one of the bot's busiest commands, and a
 * Payload `find` cost several times the query. The lists asked for in one turn share a statement.
 */
const recentOrders = perTurn<number, Recent[]>(async (payload, clients) => {
  const { rows } = await sqlDatabase(payload).execute<Recent & { n: number }>(sql`
    select i.n::int as n, o.id, o.number::int as number, to_char(o.delivery_date at time zone 'UTC', 'YYYY-MM-DD') as "deliveryDate",
           o.status, o.total::float8 as total
      from unnest(${sql.param([...clients])}::int[]) with ordinality as i(client, n)
      cross join lateral (select * from orders where client_id = i.client order by number desc limit ${RECENT}) o
     order by i.n, o.number desc`)
  return byRequest(clients.length, rows)
})

myOrders.callbackQuery(myOrderButtons.pattern, async (ctx) => {
  const order = await ownOrder(ctx, Number(ctx.match[1]))
  if (!order) return
  await ctx.answerCallbackQuery()
  const text = [
    line(ctx, order),
    ...(order.items ?? []).map((item) =>
      orderLineText(ctx.t, {
        name: item.productName,
        quantity: item.quantity,
        total: item.lineTotal ?? 0,
      }),
    ),
    ...(order.comment ? [ctx.t('order-summary-comment', { comment: order.comment })] : []),
  ].join('\n')
  const cancellable = allowedNextStatuses(
    { status: order.status ?? 'new', fulfillment: order.fulfillment },
    'client',
  ).includes('cancelled')
  await ctx.reply(text, {
    reply_markup: cancellable
      ? InlineKeyboard.from([
          [cancelMyOrderButtons.button(ctx.t('button-cancel-my-order'), { order: order.id })],
        ])
      : undefined,
  })
})

myOrders.callbackQuery(cancelMyOrderButtons.pattern, async (ctx) => {
  const order = await ownOrder(ctx, Number(ctx.match[1]))
  if (!order) return
  await ctx.answerCallbackQuery()
  try {
    await ctx.payload.update({
      collection: 'orders',
      id: order.id,
      data: { status: 'cancelled' },
      overrideAccess: true,
      context: { actor: 'client' },
    })
    await ctx.reply(ctx.t('my-order-cancelled', { number: String(order.number) }))
  } catch (error) {
    // The workflow decides: an order staff already accepted is not the client's to cancel.
    if (!(error instanceof ValidationError)) throw error
    await ctx.reply(
      ctx.t('my-order-not-cancellable', {
        number: String(order.number),
        status: ctx.t(`status-${order.status}`),
      }),
    )
  }
})

myOrders.callbackQuery(repeatOrderButtons.pattern, async (ctx) => {
  const order = await ownOrder(ctx, Number(ctx.match[1]))
  if (!order || !ctx.client) return
  await ctx.answerCallbackQuery()
  if (ctx.client.status !== 'active')
    return ctx.reply(ctx.t(ctx.client.status === 'pending' ? 'order-pending' : 'order-blocked'))
  const lines = (order.items ?? []).map((item) => ({
    product: Number(item.product),
    quantity: item.quantity,
  }))
  await ctx.conversation.exitAll()
  await startOrder(ctx, ctx.client.id, lines)
})
