/**
 * 1,000 signed Stripe events through `POST /api/stripe/webhook`, 30% of them duplicates, posted
 * 20 at a time against the fake Stripe API. Every order gets a completed Checkout and a refund
 * made in Stripe's dashboard, so both the payment and the refund paths run. Prints events/s, p50
 * and p99, and checks that no payment or refund was recorded twice.
 *
 *   npm run bench:stripe -- --events 1000 --concurrency 20
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { startFakeStripe } from '../tests/support/fakeStripe'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '20' },
  },
})
const EVENTS = Number(values.events)
const CONCURRENCY = Number(values.concurrency)
const DUPLICATES = Math.round(EVENTS * 0.3)
const ORDERS = Math.ceil((EVENTS - DUPLICATES) / 2)

const stripe = await startFakeStripe('whsec_bench')
const db = await startEmbeddedPostgres({
  dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')),
  persistent: false,
})
Object.assign(process.env, {
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: 'bench-secret',
  STRIPE_SECRET_KEY: 'sk_test_bench',
  STRIPE_WEBHOOK_SECRET: 'whsec_bench',
  STRIPE_API_BASE: stripe.apiBase,
})
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { offerCheckout } = await import('@commerce/features/payments/operations')
const { asScript } = await import('@/shared/processRole')
// A script: no dispatcher or scheduler competes with the measured webhook.
const payload = await asScript(() => getPayload({ config }))
payload.logger.level = 'warn'
await payload.db.migrate()
const { startRestServer } = await import('../tests/support/restServer')
const server = await startRestServer()

const category = await payload.create({ collection: 'categories', data: { name: 'Bread' } })
const product = await payload.create({
  collection: 'products',
  data: { name: 'White bread', sku: 'W', category: category.id, unit: 'pcs', price: 800000 },
})
const client = await payload.create({ collection: 'clients', data: { name: 'Bench cafe' } })
const unique: { body: string; signature: string }[] = []
for (let i = 0; i < ORDERS; i++) {
  const order = await payload.create({
    collection: 'orders',
    data: {
      client: client.id,
      fulfillment: 'pickup',
      deliveryDate: '2026-12-01',
      items: [{ product: product.id, quantity: 12 }],
    },
    depth: 0,
  })
  await offerCheckout(payload, order)
  const session = [...stripe.sessions.values()].find(
    (s) => (s.metadata as { order: string }).order === String(order.id),
  )!
  const paid = stripe.pay(session.id as string)
  unique.push(stripe.event('checkout.session.completed', paid))
  unique.push(
    stripe.event(
      'refund.updated',
      stripe.refundInDashboard(paid.payment_intent as string, 1_000_000),
    ),
  )
}
// Duplicates are resent copies of events, as Stripe resends them, shuffled among the rest.
const events = [
  ...unique.slice(0, EVENTS - DUPLICATES),
  ...Array.from({ length: DUPLICATES }, (_, i) => unique[(i * 7919) % unique.length]),
]
for (let i = events.length - 1; i > 0; i--) {
  const j = (i * 104729) % (i + 1)
  ;[events[i], events[j]] = [events[j], events[i]]
}

const latencies: number[] = []
let next = 0
const started = performance.now()
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let i = next++; i < events.length; i = next++) {
      const sent = performance.now()
      const response = await fetch(`${server.url}/stripe/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': events[i].signature },
        body: events[i].body,
      })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`)
      latencies.push(performance.now() - sent)
    }
  }),
)
const seconds = (performance.now() - started) / 1000
latencies.sort((a, b) => a - b)
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]

const { rows } = await payload.db.drizzle.execute(`
  select kind, count(*)::int as rows, count(distinct external_id)::int as ids from transactions group by kind order by kind`)
const stored = await payload.count({ collection: 'stripe-events' })
console.log(
  [
    `${events.length} signed events (${DUPLICATES} duplicates), ${CONCURRENCY} at a time, for ${ORDERS} orders`,
    `events/s ${(events.length / seconds).toFixed(0)}   p50 ${at(0.5).toFixed(1)} ms   p99 ${at(0.99).toFixed(1)} ms`,
    `events stored once: ${stored.totalDocs} of ${new Set(events.map((e) => e.body)).size} distinct`,
    ...rows.map(
      (row: Record<string, unknown>) =>
        `${row.kind}: ${row.rows} rows for ${row.ids} Stripe ids${row.rows === row.ids ? ', none twice' : ' — RECORDED TWICE'}`,
    ),
  ].join('\n'),
)

await server.close()
await stripe.close()
await closePayload(payload)
await stopDatabase(db)
