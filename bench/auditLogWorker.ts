/**
 * One side of `bench/auditLog.ts`: a Payload server process on the bench's database, with the
 * audit log on or off as the environment says (`TANDIR_AUDIT`, the production switch). On each
 * `run` it writes orders as a manager does in the admin (a 5-line order created, then its
 * quantities changed) and reports the time, its CPU and each write's latency.
 */
import type { Order } from '@payload-types'
import { closePayload } from '@/db/closePayload'

export interface Setup {
  user: number
  client: number
  products: number[]
  deliveryDate: string
}
export type Command = { kind: 'run'; count: number; concurrency: number } | { kind: 'stop' }
export interface Report {
  kind: 'done'
  wallMs: number
  cpuMs: number
  orders: number[]
  createMs: number[]
  updateMs: number[]
}

const setup = JSON.parse(process.env.BENCH_SETUP ?? '{}') as Setup
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
const user = {
  ...(await payload.findByID({ collection: 'users', id: setup.user, depth: 0 })),
  collection: 'users' as const,
}
const orderData = {
  client: setup.client,
  fulfillment: 'delivery' as const,
  deliveryDate: setup.deliveryDate,
  items: setup.products.map((product) => ({ product, quantity: 10 })),
}

/** One order as the admin writes it: created, then two lines' quantities changed. */
async function writeOrder(report: Report) {
  let started = performance.now()
  const created = (await payload.create({
    collection: 'orders',
    data: orderData,
    depth: 0,
    user,
  })) as Order
  report.createMs.push(performance.now() - started)
  started = performance.now()
  await payload.update({
    collection: 'orders',
    id: created.id,
    data: {
      items: created.items.map((line, at) => ({
        id: line.id,
        product: line.product,
        quantity: at < 2 ? line.quantity + 5 : line.quantity,
      })),
      comment: 'Leave at the back door',
    },
    depth: 0,
    user,
  })
  report.updateMs.push(performance.now() - started)
  report.orders.push(created.id)
}

process.on('message', async (command: Command) => {
  if (command.kind === 'stop') {
    await closePayload(payload)
    process.exit(0)
  }
  const report: Report = {
    kind: 'done',
    wallMs: 0,
    cpuMs: 0,
    orders: [],
    createMs: [],
    updateMs: [],
  }
  const cpu = process.cpuUsage()
  const started = performance.now()
  let left = command.count
  await Promise.all(
    Array.from({ length: command.concurrency }, async () => {
      while (left-- > 0) await writeOrder(report)
    }),
  )
  report.wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  report.cpuMs = (used.user + used.system) / 1000
  process.send?.(report)
})
process.send?.({ kind: 'ready' })
