/**
 * What an order costs against Payload's own cost of a write.
 *
 * Creates N orders of 5 lines and N bare categories (a name only), each through the Local API and
 * through REST on the production server (`next start`), in interleaved rounds so machine noise hits
 * both sides alike. Both sides ask for depth 0: the cost of the write, not of populating the answer. Prints orders/s, categories/s and the ratio per path, then the server's time to
 * its first 200 and its idle memory.
 *
 * The bakery's settings are saved first, as every real bakery's are (unsaved, each order write
 * would also read the whole settings global).
 *
 * Then our rules against Payload's own cost of the same order: in the same rounds, orders placed
 * through the Local API as the bot places them (`context` actor client, channel bot, a day the bot
 * offers: every rule runs), and the very documents those rules write (priced lines, total, number,
 * title, status history, source) created with our rules taken off the live collection config
 * (`bench/orderHooks.ts`: every collection hook, the commerce plugin's included, our fields' hooks,
 * and our fields' `validate` swapped for Payload's default), put back right after each batch. The
 * two alternate (and swap places every other round) so noise falls on both. Target: ours ÷ Payload's
 * own time ≤ 1.5. Over it (or with `--profile-always`), a profiling round at concurrency 1 times each
 * of our hooks (and the parts of `prepareOrder`) and prints ms per order per hook.
 *
 *   npm run bench:orders -- --count 10000 --concurrency 4
 *   npm run bench:orders -- --count 1000 --round 250 --profile 300 --profile-always
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { freePort } from '@/db/freePort'
import { DEMO_SELLER } from '@/db/seed/demoCatalog'
import { dateRulesFrom, offeredDays } from '@/domain/deliveryDates'
import { databaseCpuMs, watchCpu } from './cpu'
import {
  HookTimes,
  instrumentOrderRules,
  lappedPrepareOrder,
  PREPARE_ORDER_PARTS,
  stripOrderRules,
} from './orderHooks'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '4' },
    round: { type: 'string', default: '500' },
    /** Orders of each kind in the profiling round (concurrency 1). */
    profile: { type: 'string', default: '300' },
    'profile-always': { type: 'boolean', default: false },
  },
})
const COUNT = Number(values.count)
const CONCURRENCY = Number(values.concurrency)
const ROUND = Math.min(Number(values.round), COUNT)
const root = path.resolve(import.meta.dirname, '..')

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-'))
const db = await startEmbeddedPostgres({ dataDir, persistent: false })
process.env.DATABASE_URL = db.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
// Scheduled runs would add their own work to what is measured.
process.env.TANDIR_SCHEDULER = 'off'
// Nor may a dispatcher take outbox rows away: the baseline's check counts them.
process.env.TANDIR_OUTBOX_DISPATCHER = 'off'
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()

const email = 'bench@tandir.local'
const password = 'bench-password'
await payload.create({
  collection: 'users',
  data: { email, password, name: 'Bench', roles: ['admin'] },
})
const category = await payload.create({ collection: 'categories', data: { name: 'Bench' } })
const products = await Promise.all(
  Array.from({ length: 5 }, (_, i) =>
    payload.create({
      collection: 'products',
      data: {
        name: `Product ${i}`,
        sku: `B-${i}`,
        category: category.id,
        unit: 'pcs',
        price: 100000 * (i + 1),
      },
    }),
  ),
)
const client = await payload.create({ collection: 'clients', data: { name: 'Bench cafe' } })
await payload.create({
  collection: 'client-prices',
  data: { client: client.id, product: products[0].id, price: 90000 },
})
const orderData = {
  client: client.id,
  fulfillment: 'delivery' as const,
  deliveryDate: '2026-12-01',
  items: products.map((product) => ({ product: product.id, quantity: 10 })),
}
// A bakery that has filled in its settings, as every real one has (with none saved, every order
// write reads the whole settings global on top).
await payload.updateGlobal({ slug: 'settings', data: DEMO_SELLER })
const settings = await payload.findGlobal({ slug: 'settings' })
const days = offeredDays(
  dateRulesFrom({
    timezone: settings.timezone,
    cutoff: settings.orderCutoffTime,
    daysAhead: settings.deliveryDaysAhead,
  }),
)
/** As the bot places an order: every rule runs, the client's own included. */
const asClient = { actor: 'client', channel: 'bot' } as const
// The last day the bot offers, so the run cannot outlast it.
const clientOrderData = { ...orderData, deliveryDate: days[days.length - 1] }
const placeOurs = () =>
  payload.create({ collection: 'orders', data: clientOrderData, depth: 0, context: asClient })
/** What our rules write for that order: the baseline writes this document whole, rules off. */
const template = await placeOurs()
const {
  id: _id,
  createdAt: _createdAt,
  updatedAt: _updatedAt,
  number: _number,
  title: _title,
  leftToPay: _leftToPay,
  ...shape
} = template
/** Numbers of their own, far from the sequence's, tell the baseline's orders apart. */
const BARE_NUMBERS = 1_000_000_000
let bareNumber = BARE_NUMBERS
function bareOrder() {
  const number = bareNumber++
  return {
    ...shape,
    number,
    title: `#${number} · ${client.name}`,
    items: shape.items.map(({ id: _, ...line }) => line),
    statusHistory: (shape.statusHistory ?? []).map(({ id: _, ...entry }) => entry),
  }
}
const placeBare = () => payload.create({ collection: 'orders', data: bareOrder(), depth: 0 })
const liveOrders = payload.collections.orders.config
/** What the baseline takes off, said once. */
const { restore: putBack, stripped } = stripOrderRules(liveOrders)
putBack()

const server = await startServer()
const login = await fetch(`${server.url}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
})
const { token } = (await login.json()) as { token: string }
const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }

async function rest(collection: string, body: unknown) {
  const response = await fetch(`${server.url}/api/${collection}?depth=0`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  })
  if (response.status !== 201)
    throw new Error(`${collection}: ${response.status} ${await response.text()}`)
  await response.arrayBuffer()
}

const work = {
  'local categories': (i: number) =>
    payload.create({ collection: 'categories', data: { name: `c${i}` }, depth: 0 }),
  'local orders': () => payload.create({ collection: 'orders', data: orderData, depth: 0 }),
  'rest categories': (i: number) => rest('categories', { name: `c${i}` }),
  'rest orders': () => rest('orders', orderData),
  'client orders, our rules': placeOurs,
  'client orders, rules off': placeBare,
}
type Kind = keyof typeof work
const elapsed: Record<Kind, number> = {
  'local categories': 0,
  'local orders': 0,
  'rest categories': 0,
  'rest orders': 0,
  'client orders, our rules': 0,
  'client orders, rules off': 0,
}
const OURS: Kind = 'client orders, our rules'
const BARE: Kind = 'client orders, rules off'

/** The machine's load while ours and the baseline run: other processes' share is noise. */
const cpu = watchCpu(dataDir)

async function runBatch(kind: Kind, from: number, size: number) {
  // Our rules are off only for the baseline's own batch, and back on whatever happens.
  const rulesOff = kind === BARE ? stripOrderRules(liveOrders) : null
  if (kind === OURS || kind === BARE) cpu.start()
  try {
    let next = from
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < from + size) await work[kind](next++)
      }),
    )
    elapsed[kind] += performance.now() - started
  } finally {
    rulesOff?.restore()
    cpu.stop()
  }
}

// Warm up every path once so the first round does not pay for compilation and caches.
for (const kind of Object.keys(work) as Kind[]) await runBatch(kind, 0, 20)
for (const kind of Object.keys(elapsed) as Kind[]) elapsed[kind] = 0

for (let done = 0, round = 0; done < COUNT; done += ROUND, round++) {
  const size = Math.min(ROUND, COUNT - done)
  // Ours and the baseline swap places every other round, so neither always runs first.
  const swap = (kind: Kind) =>
    round % 2 === 0 ? kind : kind === OURS ? BARE : kind === BARE ? OURS : kind
  for (const kind of Object.keys(work) as Kind[]) await runBatch(swap(kind), done, size)
  process.stderr.write(`\r${done + size}/${COUNT}`)
}
process.stderr.write('\n')

const perSecond = (kind: Kind) => (COUNT / elapsed[kind]) * 1000
const TARGET = 1.5
const baselineCheck = await checkBaseline()

/**
 * The baseline wrote what our rules write, and ran none of them: every order written with our
 * rules announced itself (3 outbox rows), none of the baseline's did, and a baseline order reads
 * back with the lines, total and history of the order it copies.
 */
async function checkBaseline(): Promise<string> {
  const withRules = await payload.count({
    collection: 'orders',
    where: { number: { less_than: BARE_NUMBERS } },
  })
  const outbox = await payload.count({ collection: 'outbox' })
  const bare = await payload.find({
    collection: 'orders',
    where: { number: { greater_than_equal: BARE_NUMBERS } },
    limit: 1,
    depth: 0,
  })
  const problems: string[] = []
  if (outbox.totalDocs !== 3 * withRules.totalDocs) {
    problems.push(
      `${outbox.totalDocs} outbox rows for ${withRules.totalDocs} orders written with rules`,
    )
  }
  const copy = bare.docs[0]
  const same = (doc: typeof template) =>
    JSON.stringify([
      doc.items.map(({ product, quantity, productName, unit, unitPrice, lineTotal }) => [
        product,
        quantity,
        productName,
        unit,
        unitPrice,
        lineTotal,
      ]),
      doc.total,
      doc.status,
      doc.source,
      doc.currency,
      doc.deliveryDate,
      doc.statusHistory?.map(({ from, to, actor }) => [from, to, actor]),
    ])
  if (!copy || same(copy) !== same(template))
    problems.push('a baseline order differs from the order it copies')
  return problems.length
    ? `FAILED: ${problems.join('; ')}`
    : 'ok (no baseline order announced; the documents alike)'
}

/**
 * Where an order's time goes, at concurrency 1 so each hook's wall time is its own: orders with
 * our rules, with them off, and with every hook of ours (and each part of `prepareOrder`) timed,
 * in alternating rounds. Each side's CPU, this process's and the database's, per order; each
 * hook's CPU is this process's only (the database's work for it shows in its wall time).
 */
async function profile() {
  const ROUNDS = 6
  const perRound = Math.max(1, Math.round(Number(values.profile) / ROUNDS))
  type Spent = { wall: number; cpu: number; db: number }
  const spent = (): Record<'ours' | 'bare' | 'timed', Spent> => ({
    ours: { wall: 0, cpu: 0, db: 0 },
    bare: { wall: 0, cpu: 0, db: 0 },
    timed: { wall: 0, cpu: 0, db: 0 },
  })
  const total = spent()
  const sequential = async (side: Spent, place: () => Promise<unknown>) => {
    const dbBefore = databaseCpuMs(dataDir)
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    for (let i = 0; i < perRound; i++) await place()
    side.wall += performance.now() - started
    const used = process.cpuUsage(cpuBefore)
    side.cpu += (used.user + used.system) / 1000
    side.db += databaseCpuMs(dataDir) - dbBefore
  }
  const PART = 'prepareOrder › '

  // The lapped prepareOrder restates the real one's steps: use it only if both write the same order.
  const comparable = (doc: typeof template) =>
    JSON.stringify({
      ...doc,
      id: 0,
      number: 0,
      title: doc.title?.replace(/^#\d+/, '#'),
      createdAt: '',
      updatedAt: '',
      items: doc.items.map(({ id: _, ...line }) => line),
      statusHistory: doc.statusHistory?.map(({ id: _, at: __, ...entry }) => entry),
    })
  const real = await placeOurs()
  const trial = instrumentOrderRules(liveOrders, {
    replace: { prepareOrder: lappedPrepareOrder(new HookTimes(), PART) },
  })
  const lapped = await placeOurs().finally(trial)
  const replicaAlike = comparable(real) === comparable(lapped)
  const withLaps = (times: HookTimes) =>
    instrumentOrderRules(liveOrders, {
      times,
      replace: replicaAlike ? { prepareOrder: lappedPrepareOrder(times, PART) } : {},
    })

  const times = new HookTimes()
  const machine = watchCpu(dataDir)
  machine.start()
  // Each side takes each place in the round as often as the others.
  const order = ['ours', 'bare', 'timed'] as const
  for (let round = 0; round < ROUNDS; round++) {
    for (let at = 0; at < order.length; at++) {
      const side = order[(round + at) % order.length]
      if (side === 'ours') await sequential(total.ours, placeOurs)
      if (side === 'bare') {
        const { restore } = stripOrderRules(liveOrders)
        await sequential(total.bare, placeBare).finally(restore)
      }
      if (side === 'timed') {
        const undo = withLaps(times)
        await sequential(total.timed, placeOurs).finally(undo)
      }
    }
  }
  machine.stop()
  const n = perRound * ROUNDS
  const ms = (value: number) => (value / n).toFixed(3).padStart(8)
  const side = (name: string, { wall, cpu, db }: Spent, note = '') =>
    `  ${name.padEnd(30)} ${ms(wall)} ${ms(cpu)} ${ms(db)}${note}`
  const labels = [...times.wall.keys()]
  const parts = labels.filter((label) => label.startsWith(PART))
  const hooks = labels.filter((label) => !label.startsWith(PART))
  // The collection's hooks first, then our fields' hooks and validates, each in the order they first ran.
  const rank = (label: string) => (label.startsWith('field ') ? 1 : 0)
  const row = (label: string, indent = '  ') =>
    `${indent}${label.padEnd(48 - indent.length)} ${((times.calls.get(label) ?? 0) / n).toFixed(1).padStart(5)} ${ms(times.wall.get(label) ?? 0)} ${ms(times.cpu.get(label) ?? 0)}`
  const lines = [
    `where an order's time goes: concurrency 1, ${n} orders each in ${ROUNDS} alternating rounds, placed as the bot does`,
    `  ms per order                       wall  cpu here  database cpu`,
    side('with our rules', total.ours),
    side('our rules taken off', total.bare),
    side(
      'difference',
      {
        wall: total.ours.wall - total.bare.wall,
        cpu: total.ours.cpu - total.bare.cpu,
        db: total.ours.db - total.bare.db,
      },
      `   (ours / Payload's own: wall ${(total.ours.wall / total.bare.wall).toFixed(2)}×, cpu here + database ${((total.ours.cpu + total.ours.db) / (total.bare.cpu + total.bare.db)).toFixed(2)}×)`,
    ),
    side('with every hook timed', total.timed, "   (the timers' own cost included)"),
    `  ${'hook (wall: elapsed while it runs; cpu: this process)'.padEnd(46)} calls     wall      cpu`,
  ]
  for (const label of hooks.sort((a, b) => rank(a) - rank(b))) {
    lines.push(row(label))
    if (label === 'beforeChange prepareOrder') {
      if (!replicaAlike)
        lines.push(
          '    (its parts not timed: the lapped copy wrote a different order than prepareOrder; see bench/orderHooks.ts)',
        )
      for (const part of PREPARE_ORDER_PARTS)
        if (parts.includes(PART + part)) lines.push(row(PART + part, '    '))
    }
  }
  const sum = (of: Map<string, number>) =>
    hooks.reduce((total, label) => total + (of.get(label) ?? 0), 0)
  lines.push(`  ${'all our hooks'.padEnd(46)}       ${ms(sum(times.wall))} ${ms(sum(times.cpu))}`)
  lines.push(`  CPU meanwhile: ${machine.summary()}`)
  console.log(lines.join('\n'))
}
const lines = [
  `orders of 5 lines vs bare categories, ${COUNT} each, concurrency ${CONCURRENCY}`,
  `path   orders/s  categories/s  cost ratio (order / category)`,
  ...(['local', 'rest'] as const).map((way) => {
    const orders = perSecond(`${way} orders`)
    const categories = perSecond(`${way} categories`)
    return `${way.padEnd(6)} ${orders.toFixed(1).padStart(8)}  ${categories.toFixed(1).padStart(12)}  ${(categories / orders).toFixed(2)}×`
  }),
  ...ruleLines(),
  `next start: first 200 after ${server.firstOkMs.toFixed(0)} ms; idle RSS ${(server.idleRss() / 1048576).toFixed(0)} MiB`,
]
console.log(lines.join('\n'))

await server.stop()
if (perSecond(BARE) / perSecond(OURS) > TARGET || values['profile-always']) await profile()
await closePayload(payload)
await stopDatabase(db)

/** Our rules' cost over Payload's own for the same order, and the checks that the baseline was that. */
function ruleLines(): string[] {
  const ours = perSecond(OURS)
  const bare = perSecond(BARE)
  const ratio = bare / ours
  return [
    `our rules vs Payload's own cost of the same order (Local API, placed as the bot does, concurrency ${CONCURRENCY}):`,
    `  with our rules       ${ours.toFixed(1).padStart(8)} orders/s`,
    `  our rules taken off  ${bare.toFixed(1).padStart(8)} orders/s`,
    `  ours / Payload's own: ${ratio.toFixed(2)}× the time; target ≤ ${TARGET}: ${ratio <= TARGET ? 'pass' : 'MISS'}`,
    `  taken off for the baseline: ${stripped.join('; ')}`,
    `  baseline check: ${baselineCheck}`,
    `  CPU meanwhile: ${cpu.summary()}`,
  ]
}

async function startServer() {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  const port = await freePort()
  const started = performance.now()
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  )
  const url = `http://127.0.0.1:${port}`
  while (
    !(await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
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
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** Resident memory of a process and its children (next start forks its server). */
function processRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024
  const children = fs.existsSync(`/proc/${pid}/task/${pid}/children`)
    ? fs
        .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number)
    : []
  return own + children.reduce((sum, child) => sum + processRss(child), 0)
}
