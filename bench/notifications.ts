/**
 * 1,000 status notifications to distinct chats through the outbox dispatcher, against a fake Bot
 * API that answers 429 past 30 messages a second, as Telegram does. 1,000 / 30 = 33.3 s is the
 * floor no sender can beat; the figure to watch is the ratio to it, with no 429s and no loss.
 *
 *   npm run bench:notifications -- --count 1000
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { Api } from 'grammy'
import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import type { RecordedCall } from '../tests/support/fakeTelegram'
import { stopDatabase } from './stopDatabase'

const COUNT = Number(
  parseArgs({ options: { count: { type: 'string', default: '1000' } } }).values.count,
)
const PER_SECOND = 30

const db = await startEmbeddedPostgres({
  dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')),
  persistent: false,
})
process.env.DATABASE_URL = db.url
process.env.PAYLOAD_SECRET ??= 'bench-secret'
// Scheduled runs would add their own work to what is measured.
process.env.TANDIR_SCHEDULER = 'off'
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { createOutboxDispatcher } = await import('@commerce/outbox/dispatcher')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()

for (let i = 0; i < COUNT; i++) {
  const client = await payload.create({
    collection: 'clients',
    data: { name: `Cafe ${i}`, telegramId: 7_000_000 + i, language: 'ru' },
  })
  await payload.db.create({
    collection: 'outbox',
    data: {
      topic: 'order.status_changed',
      payload: {
        client: client.id,
        number: 1000 + i,
        from: 'accepted',
        to: 'on_the_way',
        sequence: `client:${client.id}`,
      },
      status: 'pending',
      attempts: 0,
    },
    returning: false,
  })
}

const fake = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    path.resolve(import.meta.dirname, '../tests/support/fakeTelegramProcess.ts'),
    String(PER_SECOND),
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
const [apiRoot] = (await once(fake.stdout!, 'data')).map((chunk: Buffer) => chunk.toString().trim())
const dispatcher = createOutboxDispatcher({ payload, api: new Api('123:BENCH', { apiRoot }) })
const started = performance.now()
await dispatcher.drain(COUNT * 1000)
const seconds = (performance.now() - started) / 1000

const record = (await (await fetch(`${apiRoot}/__record`)).json()) as {
  calls: RecordedCall[]
  throttled: number
}
const delivered = new Set(
  record.calls
    .filter((call) => call.method === 'sendMessage' && !call.failedWith)
    .map((call) => Number(call.params.chat_id)),
).size
const floor = COUNT / PER_SECOND
console.log(
  [
    `${COUNT} notifications to distinct chats, fake Bot API enforcing ${PER_SECOND} messages/s`,
    `total ${seconds.toFixed(1)} s; floor ${floor.toFixed(1)} s; ratio ${(seconds / floor).toFixed(3)}×`,
    `429s received: ${record.throttled}; delivered ${delivered}/${COUNT}; lost ${COUNT - delivered}`,
  ].join('\n'),
)

fake.kill('SIGTERM')
await closePayload(payload)
await stopDatabase(db)
