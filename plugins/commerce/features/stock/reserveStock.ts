import { enqueueAll } from '@commerce/outbox/enqueue'
import type { Order } from '@payload-types'
import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { isLanguage } from '@/domain/languages'
import { holdFollowsLines, notEnoughStock, quantitiesByProduct, stockMoveOf } from '@/domain/stock'
import type { SqlExecutor } from '@/shared/db/sqlDatabase'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { FieldsRefused } from '@/shared/http/fieldsRefused'
import { relationId } from '@/shared/relationId'
import { announceBackInStock, syncProductStock } from './productStock'
import { reserveLine, settleHolds, trackedProducts } from './reservationSql'

/** A line loses a race between two warehouses at most this often before it is refused. */
const TRIES = 3

/**
 * An order's stock, in the transaction that writes the order: a new order reserves each
 * stock-tracked product (or is refused, naming it, and nothing is written); cancelling releases
 * the hold, delivering or giving consumes it; accepting sends the warehouse its pick request.
 */
export const keepOrderStock: CollectionAfterChangeHook<Order> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const db = await transactionDatabase(req)
  if (operation === 'create') {
    await reserveOrder(db, doc, req)
    return doc
  }
  const move = stockMoveOf(previousDoc?.status, doc.status ?? 'new')
  if (move) {
    const back = await settleHolds(db, doc.id, move)
    if (move === 'release' && back.length) {
      await syncProductStock(db, back)
      await announceBackInStock(db, back)
    }
  }
  if (holdFollowsLines(doc.status, wantedOf(previousDoc), wantedOf(doc))) {
    // Edited lines: the old hold goes back and the new lines reserve, in this transaction, so a
    // raised quantity takes its stock (or the edit is refused) and a removed line is freed.
    // The released holds go (one hold per order and product), the new lines write their own.
    const back = await settleHolds(db, doc.id, 'release')
    await db.execute(sql`delete from stock_holds where order_id = ${doc.id} and state = 'released'`)
    await reserveOrder(db, doc, req)
    if (back.length) {
      await syncProductStock(db, back)
      await announceBackInStock(db, back)
    }
  }
  if (doc.status === 'accepted' && previousDoc?.status !== 'accepted') await askToPick(db, doc, req)
  return doc
}

/**
 * A deleted order gives back what it held, in the delete's transaction: afterwards nothing could
 * find its holds to release them. Its holds go with it, as a hold requires its order (the
 * foreign key's set null would refuse the delete).
 */
export const releaseDeletedOrderStock: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const db = await transactionDatabase(req)
  const back = await settleHolds(db, Number(id), 'release')
  await db.execute(sql`delete from stock_holds where order_id = ${Number(id)}`)
  if (back.length) {
    await syncProductStock(db, back)
    await announceBackInStock(db, back)
  }
}

const wantedOf = (order: Order | undefined) =>
  quantitiesByProduct(
    (order?.items ?? []).map((line) => ({
      product: relationId(line.product),
      quantity: line.quantity,
    })),
  )

async function reserveOrder(db: SqlExecutor, order: Order, req: PayloadRequest) {
  const wanted = wantedOf(order)
  if (wanted.size === 0) return
  const tracked = await trackedProducts(db, [...wanted.keys()])
  // Rows are locked in ascending product id whatever the order's line order, so two orders
  // taking the same products queue behind each other instead of deadlocking.
  const byProduct = [...wanted].sort(([a], [b]) => a - b)
  for (const [product, quantity] of byProduct) {
    if (!tracked.has(product)) continue
    let outcome = await reserveLine(db, order.id, product, quantity)
    for (let tried = 1; tried < TRIES && 'refused' in outcome && outcome.most >= quantity; tried++)
      outcome = await reserveLine(db, order.id, product, quantity)
    if (!('refused' in outcome)) continue
    const line = order.items?.find((item) => relationId(item.product) === product)
    const name = line?.productName || `#${product}`
    throw new FieldsRefused({
      collection: 'orders',
      errors: [{ path: 'items', message: notEnoughStock(name, outcome.most) }],
      req: {
        i18n: { ...req.i18n, language: await refusalLanguage(db, order, req) },
      } as PayloadRequest,
    })
  }
}

/** A client ordering reads the refusal in their own language; staff in the admin's. */
async function refusalLanguage(db: SqlExecutor, order: Order, req: PayloadRequest) {
  if (req.context?.actor !== 'client') return req.i18n?.language
  const { rows } = await db.execute<{ language: string | null }>(
    sql`select language from clients where id = ${relationId(order.client)}`,
  )
  const language = rows[0]?.language
  return isLanguage(language) ? language : req.i18n?.language
}

/** One pick request per warehouse the order takes from, through the outbox. */
async function askToPick(db: SqlExecutor, order: Order, req: PayloadRequest) {
  const { rows } = await db.execute<{
    warehouse: string
    lines: { sku: string; name: string; quantity: number }[]
  }>(sql`
    select h.warehouse, json_agg(json_build_object('sku', p.sku, 'name', p.name, 'quantity', h.quantity::float8) order by p.sku) as lines
      from stock_holds h join products p on p.id = h.product_id
     where h.order_id = ${order.id} and h.state = 'held'
     group by h.warehouse order by h.warehouse`)
  await enqueueAll(
    req.payload,
    rows.map(({ warehouse, lines }) => ({
      topic: 'stock.pick',
      body: {
        order: order.id,
        number: order.number,
        warehouse,
        deliveryDate: order.deliveryDate,
        fulfillment: order.fulfillment,
        lines,
      },
    })),
    req,
  )
}
