/**
 * What an order costs against Payload's own cost of a write.
 *
 * Creates N orders of 5 lines and N bare categories (a name only), each through the Local API and
 * through REST on the production server (`next start`), in interleaved rounds so machine noise hits
 * both sides alike. Both sides ask for depth 0: the cost of the write, not of populating the answer. Prints orders/s, categories/s and the ratio per path, then the server's time to
 * its first 200 and its idle memory.
 *
 *   npm run bench:orders -- --count 10000 --concurrency 4
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { stopDatabase } from './stopDatabase'
import { freePort } from '@/db/freePort'
import { closePayload } from '@/db/closePayload'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '4' },
    round: { type: 'string', default: '500' },
  },
})
const COUNT = Number(values.count)
const CONCURRENCY = Number(values.concurrency)
const ROUND = Math.min(Number(values.round), COUNT)
const root = path.resolve(import.meta.dirname, '..')

const db = await startEmbeddedPostgres({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')), persistent: false })
process.env.DATABASE_URL = db.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
// Scheduled runs would add their own work to what is measured.
process.env.TANDIR_SCHEDULER = 'off'
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()

const email = 'bench@tandir.local'
const password = 'bench-password'
await payload.create({ collection: 'users', data: { email, password, name: 'Bench', roles: ['admin'] } })
const category = await payload.create({ collection: 'categories', data: { name: 'Bench' } })
const products = await Promise.all(
  Array.from({ length: 5 }, (_, i) =>
    payload.create({
      collection: 'products',
      data: { name: `Product ${i}`, sku: `B-${i}`, category: category.id, unit: 'pcs', price: 100000 * (i + 1) },
    }),
  ),
)
const client = await payload.create({ collection: 'clients', data: { name: 'Bench cafe' } })
await payload.create({ collection: 'client-prices', data: { client: client.id, product: products[0].id, price: 90000 } })
const orderData = {
  client: client.id,
  fulfillment: 'delivery' as const,
  deliveryDate: '2026-12-01',
  items: products.map((product) => ({ product: product.id, quantity: 10 })),
}

const server = await startServer()
const login = await fetch(`${server.url}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
})
const { token } = (await login.json()) as { token: string }
const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }

async function rest(collection: string, body: unknown) {
  const response = await fetch(`${server.url}/api/${collection}?depth=0`, { method: 'POST', headers, body: JSON.stringify(body) })
  if (response.status !== 201) throw new Error(`${collection}: ${response.status} ${await response.text()}`)
  await response.arrayBuffer()
}

const work = {
  'local categories': (i: number) => payload.create({ collection: 'categories', data: { name: `c${i}` }, depth: 0 }),
  'local orders': () => payload.create({ collection: 'orders', data: orderData, depth: 0 }),
  'rest categories': (i: number) => rest('categories', { name: `c${i}` }),
  'rest orders': () => rest('orders', orderData),
}
type Kind = keyof typeof work
const elapsed: Record<Kind, number> = { 'local categories': 0, 'local orders': 0, 'rest categories': 0, 'rest orders': 0 }

async function runBatch(kind: Kind, from: number, size: number) {
  let next = from
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < from + size) await work[kind](next++)
    }),
  )
  elapsed[kind] += performance.now() - started
}

// Warm up every path once so the first round does not pay for compilation and caches.
for (const kind of Object.keys(work) as Kind[]) await runBatch(kind, 0, 20)
for (const kind of Object.keys(elapsed) as Kind[]) elapsed[kind] = 0

for (let done = 0; done < COUNT; done += ROUND) {
  const size = Math.min(ROUND, COUNT - done)
  for (const kind of Object.keys(work) as Kind[]) await runBatch(kind, done, size)
  process.stderr.write(`\r${done + size}/${COUNT}`)
}
process.stderr.write('\n')

const perSecond = (kind: Kind) => (COUNT / elapsed[kind]) * 1000
const lines = [
  `orders of 5 lines vs bare categories, ${COUNT} each, concurrency ${CONCURRENCY}`,
  `path   orders/s  categories/s  cost ratio (order / category)`,
  ...(['local', 'rest'] as const).map((way) => {
    const orders = perSecond(`${way} orders`)
    const categories = perSecond(`${way} categories`)
    return `${way.padEnd(6)} ${orders.toFixed(1).padStart(8)}  ${categories.toFixed(1).padStart(12)}  ${(categories / orders).toFixed(2)}×`
  }),
  `next start: first 200 after ${server.firstOkMs.toFixed(0)} ms; idle RSS ${(server.idleRss() / 1048576).toFixed(0)} MiB`,
]
console.log(lines.join('\n'))

await server.stop()
await closePayload(payload)
await stopDatabase(db)

async function startServer() {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  const port = await freePort()
  const started = performance.now()
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  while (!(await fetch(`${url}/api/health`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error('next start exited')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const firstOkMs = performance.now() - started
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const rss = processRss(child.pid!)
  return {
    url,
    firstOkMs,
    idleRss: () => rss,
    stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  }
}

/** Resident memory of a process and its children (next start forks its server). */
function processRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024
  const children = fs.existsSync(`/proc/${pid}/task/${pid}/children`)
    ? fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    : []
  return own + children.reduce((sum, child) => sum + processRss(child), 0)
}
