import type { Order } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'
import { isSellable } from '@/domain/clientOrderRules'
import type { MiniappRepeat } from '@/domain/miniappApi'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { MiniappRefusal, miniappEndpoint } from './miniappEndpoint'
import { orderView } from './orderView'
import { ownOrder } from './ownOrder'

const RECENT = 50

/** `GET /api/miniapp/orders`: the caller's latest orders, newest first. */
export const listOrdersEndpoint = miniappEndpoint('get', '/orders', async ({ req, client }) => {
  const { docs } = await req.payload.find({
    collection: 'orders',
    where: { client: { equals: client.id } },
    sort: '-number',
    limit: RECENT,
    depth: 0,
    overrideAccess: true,
  })
  return Response.json({ orders: docs.map(orderView) })
})

/** `GET /api/miniapp/orders/:id` */
export const getOrderEndpoint = miniappEndpoint('get', '/orders/:id', async (call) =>
  Response.json({ order: orderView(await ownOrder(call)) }),
)

/** `POST /api/miniapp/orders/:id/cancel`: the client cancels, which the workflow allows only while new. */
export const cancelOrderEndpoint = miniappEndpoint('post', '/orders/:id/cancel', async (call) => {
  const order = await ownOrder(call)
  const { req, t } = call
  const notCancellable = () =>
    new MiniappRefusal(
      409,
      'not-cancellable',
      t('miniapp-not-cancellable', {
        number: order.number ?? 0,
        status: t(`status-${order.status ?? 'new'}`),
      }),
      'status',
    )
  if (!orderView(order).canCancel) throw notCancellable()
  try {
    const cancelled = await req.payload.update({
      collection: 'orders',
      id: order.id,
      data: { status: 'cancelled' },
      depth: 0,
      overrideAccess: true,
      context: { actor: 'client', channel: 'miniapp' },
    })
    return Response.json({ order: orderView(cancelled as Order) })
  } catch (error) {
    // Staff moved it on between the read and the write: the workflow said no.
    if (!(error instanceof ValidationError)) throw error
    throw notCancellable()
  }
})

/**
 * `POST /api/miniapp/orders/:id/repeat`: the earlier order's products and quantities still on sale,
 * for the cart (at least each product's minimum); the order itself is placed from the cart.
 */
export const repeatOrderEndpoint = miniappEndpoint('post', '/orders/:id/repeat', async (call) => {
  const order = await ownOrder(call)
  const ids = (order.items ?? []).map((item) => Number(item.product))
  const { rows } = await sqlDatabase(call.req.payload).execute<{
    id: number
    active: boolean | null
    categoryActive: boolean | null
    minQuantity: number | null
  }>(sql`
    select p.id, p.active, c.active as "categoryActive", p.min_quantity::float8 as "minQuantity"
      from products p left join categories c on c.id = p.category_id
     where p.id in (select unnest(${sql.param(ids)}::int[]))`)
  const onSale = new Map(rows.filter(isSellable).map((row) => [row.id, row]))
  const repeat: MiniappRepeat = { items: [], unavailable: [] }
  for (const item of order.items ?? []) {
    const product = onSale.get(Number(item.product))
    if (!product) repeat.unavailable.push(item.productName ?? '')
    else
      repeat.items.push({
        product: product.id,
        quantity: Math.max(item.quantity, product.minQuantity ?? 1),
      })
  }
  return Response.json(repeat)
})
