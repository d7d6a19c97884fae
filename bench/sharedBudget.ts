/**
 * Notifications to distinct chats sent by one app server, then by two sharing the database's send
 * budget, against a fake Bot API that answers 429 past 30 messages a second, as Telegram does.
 * `count` / 30 is the floor no sender can beat; the figures are each run's ratio to it, and two
 * servers' against one's (the shared budget should cost nothing you can see).
 *
 *   npm run bench:budget -- --count 2000 --runs 1
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import type { RecordedCall } from '../tests/support/fakeTelegram'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: { count: { type: 'string', default: '2000' }, runs: { type: 'string', default: '1' } },
})
const COUNT = Number(values.count)
const PER_SECOND = 30
const support = path.resolve(import.meta.dirname, '../tests/support')

const db = await startEmbeddedPostgres({
  dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')),
  persistent: false,
})
process.env.DATABASE_URL = db.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
process.env.TANDIR_SCHEDULER = 'off'
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { enqueueAll } = await import('@commerce/outbox/enqueue')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()

const clients: number[] = []
for (let i = 0; i < COUNT; i++) {
  const client = await payload.create({
    collection: 'clients',
    data: { name: `Cafe ${i}`, telegramId: 7_000_000 + i, language: 'ru' },
  })
  clients.push(client.id)
}

/** Starts a process and waits for its first line of output. */
async function started(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(support, script), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const [line] = await once(child.stdout!, 'data')
  return { child, line: String(line).trim() }
}

/** `servers` app servers send COUNT notifications; the seconds from queueing to the last one's arrival. */
async function send(servers: number, round: number) {
  const fake = await started('fakeTelegramProcess.ts', [String(PER_SECOND)], process.env)
  const apiRoot = fake.line
  const env = { ...process.env, TELEGRAM_BOT_TOKEN: '123:BENCH', TELEGRAM_API_ROOT: apiRoot }
  const running: ChildProcess[] = []
  for (let i = 0; i < servers; i++)
    running.push((await started('telegramServerProcess.ts', [], env)).child)
  const queued = Date.now()
  await enqueueAll(
    payload,
    clients.map((client, i) => ({
      topic: 'order.status_changed',
      body: { client, number: round * COUNT + i, from: 'accepted', to: 'on_the_way' },
    })),
  )
  let record: { calls: RecordedCall[]; throttled: number }
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    record = await (await fetch(`${apiRoot}/__record`)).json()
    if (record.calls.filter((call) => call.method === 'sendMessage').length >= COUNT) break
  }
  await new Promise((resolve) => setTimeout(resolve, 2000))
  record = await (await fetch(`${apiRoot}/__record`)).json()
  for (const child of [...running, fake.child]) child.kill('SIGTERM')
  await Promise.all([...running, fake.child].map((child) => once(child, 'exit')))
  const sent = record.calls.filter((call) => call.method === 'sendMessage' && !call.failedWith)
  const seconds = (Math.max(...sent.map((call) => call.at)) - queued) / 1000
  return {
    seconds,
    throttled: record.throttled,
    sent: sent.length,
    chats: new Set(sent.map((call) => Number(call.params.chat_id))).size,
  }
}

const floor = COUNT / PER_SECOND
const results: Record<number, number[]> = { 1: [], 2: [] }
let round = 0
for (let run = 0; run < Number(values.runs); run++) {
  for (const servers of [1, 2]) {
    const result = await send(servers, round++)
    results[servers].push(result.seconds)
    console.log(
      `${servers} server(s): ${result.seconds.toFixed(1)} s = ${(result.seconds / floor).toFixed(3)}× the ${floor.toFixed(1)} s floor; ` +
        `429s ${result.throttled}; sent ${result.sent}, to ${result.chats} chats (of ${COUNT})`,
    )
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(
  `median: one server ${(median(results[1]) / floor).toFixed(3)}×, two servers ${(median(results[2]) / floor).toFixed(3)}× the floor; ` +
    `two against one ${(median(results[2]) / median(results[1])).toFixed(3)}×`,
)

await closePayload(payload)
await stopDatabase(db)
