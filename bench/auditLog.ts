/**
 * What the audit log adds to an order write.
 *
 * Two Payload server processes on one database, alike but for the production switch
 * `TANDIR_AUDIT` (`on` in one, `off` in the other), write the same orders as a manager does in
 * the admin, through the Local API: a 5-line order created, then two of its quantities and the
 * comment changed (every order rule, the outbox and, on one side, two audit entries in the same
 * transaction). They take turns in rounds of `--round` orders, the first place swapping every
 * round, so machine noise falls on both. Prints each side's orders per second, time per write
 * (p50, p99) and CPU per order (the process and the database), then the ratio of the times.
 * Target: with the log ≤ 1.15 × without. Checks that one side wrote two entries per order and the
 * other none.
 *
 *   npm run bench:audit -- --count 2000 --round 200 --concurrency 4
 */
import { type ChildProcess, fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from '@payloadcms/db-postgres'
import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { DEMO_SELLER } from '@/db/seed/demoCatalog'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import type { Command, Report, Setup } from './auditLogWorker'
import { databaseCpuMs, machineCpuMs } from './cpu'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    round: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
  },
})
const COUNT = Number(values.count)
const ROUND = Math.min(Number(values.round), COUNT)
const CONCURRENCY = Number(values.concurrency)
const TARGET = 1.15

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-audit-'))
const db = await startEmbeddedPostgres({ dataDir, persistent: false })
const env = {
  ...process.env,
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-secret',
  // Nothing in the background adds its own work to what is measured.
  TANDIR_SCHEDULER: 'off',
  TANDIR_OUTBOX_DISPATCHER: 'off',
  TELEGRAM_BOT_TOKEN: '',
  STRIPE_SECRET_KEY: '',
}
Object.assign(process.env, env)
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()

// What every order is written for: a manager, a client, five products, the bakery's settings.
const manager = await payload.create({
  collection: 'users',
  data: {
    email: 'bench@tandir.local',
    password: 'bench-password',
    name: 'Bench',
    roles: ['manager'],
  },
})
const category = await payload.create({ collection: 'categories', data: { name: 'Bench' } })
const products = []
for (let i = 0; i < 5; i++)
  products.push(
    await payload.create({
      collection: 'products',
      data: {
        name: `Product ${i}`,
        sku: `B-${i}`,
        category: category.id,
        unit: 'pcs',
        price: 100_000 * (i + 1),
      },
    }),
  )
const client = await payload.create({ collection: 'clients', data: { name: 'Bench cafe' } })
await payload.create({
  collection: 'client-prices',
  data: { client: client.id, product: products[0].id, price: 90_000 },
})
await payload.updateGlobal({ slug: 'settings', data: DEMO_SELLER })
const setup: Setup = {
  user: manager.id,
  client: client.id,
  products: products.map((product) => product.id),
  deliveryDate: '2026-12-01',
}

type Side = 'on' | 'off'
const SIDES: Side[] = ['on', 'off']

/** A server process with the log on or off, taking one command at a time. */
async function startSide(side: Side) {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'auditLogWorker.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...env, TANDIR_AUDIT: side, BENCH_SETUP: JSON.stringify(setup) },
  })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`the ${side} side exited (${code})`)))
  })
  const send = (command: Command) =>
    new Promise<Report>((resolve) => {
      child.once('message', (report) => resolve(report as Report))
      child.send(command)
    })
  return {
    run: (count: number) => send({ kind: 'run', count, concurrency: CONCURRENCY }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.send({ kind: 'stop' } satisfies Command)
      }),
  }
}

const sides = { on: await startSide('on'), off: await startSide('off') }
const totals = Object.fromEntries(
  SIDES.map((side) => [
    side,
    {
      wallMs: 0,
      cpuMs: 0,
      dbMs: 0,
      orders: [] as number[],
      createMs: [] as number[],
      updateMs: [] as number[],
    },
  ]),
) as Record<
  Side,
  {
    wallMs: number
    cpuMs: number
    dbMs: number
    orders: number[]
    createMs: number[]
    updateMs: number[]
  }
>
let machineMs = 0
let measuredMs = 0

async function batch(side: Side, count: number, record: boolean) {
  const dbBefore = databaseCpuMs(dataDir)
  const machineBefore = machineCpuMs()
  const started = performance.now()
  const report = await sides[side].run(count)
  if (!record) return
  const total = totals[side]
  total.wallMs += report.wallMs
  total.cpuMs += report.cpuMs
  total.dbMs += databaseCpuMs(dataDir) - dbBefore
  total.orders.push(...report.orders)
  total.createMs.push(...report.createMs)
  total.updateMs.push(...report.updateMs)
  machineMs += machineCpuMs() - machineBefore
  measuredMs += performance.now() - started
}

// Each side compiles and fills its caches first.
for (const side of SIDES) await batch(side, 40, false)
for (let done = 0, round = 0; done < COUNT; done += ROUND, round++) {
  const size = Math.min(ROUND, COUNT - done)
  for (const side of round % 2 === 0 ? SIDES : [...SIDES].reverse()) await batch(side, size, true)
  process.stderr.write(`\r${done + size}/${COUNT} orders each`)
}
process.stderr.write('\n')

/** Two entries (the creation and the change) for each order the `on` side wrote, none for the other's. */
async function check(): Promise<string> {
  const entries = async (orders: number[]) => {
    const { rows } = await sqlDatabase(payload).execute<{ count: number }>(sql`
      select count(*)::int as count from audit_log
       where target = 'orders' and document_id = any(${sql.param(orders)}::numeric[])`)
    return rows[0].count
  }
  const on = await entries(totals.on.orders)
  const off = await entries(totals.off.orders)
  const problems = [
    on === 2 * totals.on.orders.length
      ? ''
      : `${on} entries for ${totals.on.orders.length} orders with the log on`,
    off === 0 ? '' : `${off} entries for the orders written with the log off`,
  ].filter(Boolean)
  return problems.length
    ? `FAILED: ${problems.join('; ')}`
    : `ok (${on} entries for ${totals.on.orders.length} orders, none for the other side's)`
}

const percentile = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const ms = (value: number) => value.toFixed(2).padStart(7)
const line = (side: Side) => {
  const t = totals[side]
  const n = t.orders.length
  return `  log ${side.padEnd(4)} ${((n / t.wallMs) * 1000).toFixed(1).padStart(8)}  ${ms(t.wallMs / n)}  ${ms(percentile(t.createMs, 50))} ${ms(percentile(t.createMs, 99))}  ${ms(percentile(t.updateMs, 50))} ${ms(percentile(t.updateMs, 99))}  ${ms(t.cpuMs / n)} ${ms(t.dbMs / n)}`
}
const ratio = totals.on.wallMs / totals.off.wallMs
const cpuRatio = (totals.on.cpuMs + totals.on.dbMs) / (totals.off.cpuMs + totals.off.dbMs)
const others =
  machineMs - SIDES.reduce((sum, side) => sum + totals[side].cpuMs + totals[side].dbMs, 0)
console.log(
  [
    `an order written as a manager does (5 lines created, then 2 quantities and the comment changed), Local API, ${COUNT} orders per side, rounds of ${ROUND}, concurrency ${CONCURRENCY}`,
    `  side     orders/s  ms/order  create p50     p99  update p50     p99  cpu ms/order: server  database`,
    line('on'),
    line('off'),
    `  the log adds: ${((ratio - 1) * 100).toFixed(1)}% to the time (${ratio.toFixed(3)}×), ${((cpuRatio - 1) * 100).toFixed(1)}% to the CPU; target ≤ ${TARGET}×: ${ratio <= TARGET ? 'pass' : 'MISS'}`,
    `  check: ${await check()}`,
    `  CPU meanwhile: the sides and their database ${((machineMs - others) / measuredMs).toFixed(2)}, other processes ${(Math.max(0, others) / measuredMs).toFixed(2)} of ${os.availableParallelism()} cores`,
  ].join('\n'),
)

await Promise.all(SIDES.map((side) => sides[side].stop()))
await closePayload(payload)
await stopDatabase(db)
