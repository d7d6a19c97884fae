import { sql } from '@payloadcms/db-postgres'
import type { Payload, RequestContext } from 'payload'
import { addDays, calendarDateIn } from '@/domain/calendarDate'
import { toMinor } from '@/domain/money'
import { allowedNextStatuses, type Fulfillment, type OrderStatus } from '@/domain/orderWorkflow'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { DEMO_CATEGORIES, DEMO_CLIENTS, DEMO_SELLER } from './demoCatalog'
import { seedDemoPhoto } from './demoPhotos'
import { seedDemoCredits } from './seedDemoCredits'
import { seedDemoSupport } from './seedDemoSupport'

const ORDER_COUNT = 30
const context: RequestContext = { actor: 'system' }

/** Fills an empty database with a bakery's catalog, clients and a few weeks of orders. Runs once. */
export async function seedDemoData(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'products' })
  if (totalDocs > 0) return false
  payload.logger.info('Seeding demo data: a wholesale bakery')
  const db = sqlDatabase(payload)
  const { rows } = await db.execute<{ last: number }>(
    sql`select coalesce(max(id), 0)::int as last from outbox`,
  )

  const settings = await payload.updateGlobal({ slug: 'settings', data: DEMO_SELLER })
  const productIds = new Map<string, number>()
  const minimums = new Map<string, number>()
  for (const [index, category] of DEMO_CATEGORIES.entries()) {
    const { id } = await payload.create({
      collection: 'categories',
      data: { name: category.name, sortOrder: index },
    })
    for (const [position, product] of category.products.entries()) {
      const created = await payload.create({
        collection: 'products',
        data: {
          ...product,
          price: toMinor(product.price),
          category: id,
          sortOrder: position,
          photo: await seedDemoPhoto(payload, { ...product, category: category.name }),
        },
      })
      productIds.set(product.sku, created.id)
      minimums.set(product.sku, product.minQuantity)
    }
  }

  const clientIds: number[] = []
  for (const { prices, ...client } of DEMO_CLIENTS) {
    const { id } = await payload.create({
      collection: 'clients',
      data: { ...client, kind: 'business', status: 'active' },
    })
    clientIds.push(id)
    for (const [sku, price] of Object.entries(prices)) {
      await payload.create({
        collection: 'client-prices',
        data: { client: id, product: productIds.get(sku)!, price: toMinor(price) },
      })
    }
  }

  const today = calendarDateIn(new Date(), settings.timezone)
  const skus = [...productIds.keys()]
  let seed = 7
  // A fixed pseudo-random sequence: the same demo on every machine.
  const next = (n: number) => {
    seed = (seed * 48271) % 2147483647
    return seed % n
  }
  for (let index = 0; index < ORDER_COUNT; index++) {
    const daysAgo = 20 - Math.floor((index * 23) / ORDER_COUNT)
    const fulfillment: Fulfillment = next(3) === 0 ? 'pickup' : 'delivery'
    const lineSkus = [
      ...new Set(Array.from({ length: 1 + next(4) }, () => skus[next(skus.length)])),
    ]
    const order = await payload.create({
      collection: 'orders',
      context: { ...context, channel: index % 4 === 0 ? 'admin' : 'bot' },
      data: {
        client: clientIds[next(clientIds.length)],
        fulfillment,
        deliveryDate: addDays(today, -daysAgo),
        comment: index % 5 === 0 ? 'Please call 30 minutes before arrival' : undefined,
        items: lineSkus.map((sku) => ({
          product: productIds.get(sku)!,
          quantity: demoQuantity(sku, minimums.get(sku)!, next(8)),
        })),
      },
    })
    await walk(payload, order.id, fulfillment, targetFor(daysAgo, next(10)))
  }
  await seedDemoSupport(payload, clientIds)
  await seedDemoCredits(payload, clientIds)
  // Three weeks of made-up history is nobody's news: its announcements are not left to send.
  await db.execute(sql`delete from outbox where id > ${rows[0].last}`)
  return true
}

/** Loaves and samsa by the dozens, cakes and boxes by the few. */
function demoQuantity(sku: string, minimum: number, roll: number): number {
  return Math.max(minimum, /^(BR|SM)-(?!TRAY)/.test(sku) ? 10 + roll * 10 : 1 + roll)
}

/**
 * Older orders are finished; recent ones are still moving; a few past ones were cancelled. Today's
 * and later ones all stand, so the dashboard's production plan has something to bake.
 */
function targetFor(daysAgo: number, roll: number): number | 'cancel' {
  if (roll === 0 && daysAgo > 0) return 'cancel'
  if (daysAgo > 2) return Infinity
  return daysAgo + (roll % 3)
}

async function walk(
  payload: Payload,
  id: number,
  fulfillment: Fulfillment,
  steps: number | 'cancel',
) {
  let status: OrderStatus = 'new'
  for (let step = 0; steps === 'cancel' ? step < 1 : step < steps; step++) {
    const options = allowedNextStatuses({ status, fulfillment }, 'staff')
    const to = steps === 'cancel' ? 'cancelled' : options.find((option) => option !== 'cancelled')
    if (!to) return
    await payload.update({ collection: 'orders', id, data: { status: to }, context })
    status = to
  }
}
