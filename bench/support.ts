/**
 * 200 client messages in one minute from 50 clients, through the webhook, bridged into their
 * topics of the support group by the dispatcher, against a fake Bot API that enforces Telegram's
 * 30 messages a second and 20 a minute per group (429 beyond). Prints the time until the last
 * copy against the floor the group limit sets (each new topic's card counts too), the 429s, what
 * was delivered and whether each client's messages arrived in order.
 *
 *   npm run bench:support -- --clients 50 --messages 200
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
import { textUpdate } from '../tests/support/telegramUpdates'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    messages: { type: 'string', default: '200' },
  },
})
const CLIENTS = Number(values.clients)
const MESSAGES = Number(values.messages)
const GROUP = -100_777_000
const PER_GROUP_PER_MINUTE = 20

const fake = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    path.resolve(import.meta.dirname, '../tests/support/fakeTelegramProcess.ts'),
    '30',
    String(PER_GROUP_PER_MINUTE),
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)
const [apiRoot] = (await once(fake.stdout!, 'data')).map((chunk: Buffer) => chunk.toString().trim())
const db = await startEmbeddedPostgres({
  dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-bench-')),
  persistent: false,
})
Object.assign(process.env, {
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: 'bench-secret',
  TELEGRAM_BOT_TOKEN: '123:BENCH',
  TELEGRAM_WEBHOOK_SECRET: 'bench-secret',
  TELEGRAM_WEBHOOK_URL: 'https://bench.local/api/telegram/webhook',
  TELEGRAM_API_ROOT: apiRoot,
  TELEGRAM_BOT_INFO: JSON.stringify({
    id: 1,
    is_bot: true,
    first_name: 'Bench',
    username: 'bench_bot',
  }),
  // The dispatcher is started here, so it is the only one.
  TANDIR_OUTBOX_DISPATCHER: 'off',
  TANDIR_SCHEDULER: 'off',
})
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { createOutboxDispatcher } = await import('@commerce/outbox/dispatcher')
const { startRestServer } = await import('../tests/support/restServer')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()
await payload.updateGlobal({ slug: 'settings', data: { supportGroupId: GROUP } })
const server = await startRestServer()
const users = Array.from({ length: CLIENTS }, (_, i) => 8_500_000 + i)
for (const userId of users)
  await payload.create({
    collection: 'clients',
    data: { name: `Cafe ${userId}`, telegramId: userId, language: 'en' },
  })

const dispatcher = createOutboxDispatcher({ payload, api: new Api('123:BENCH', { apiRoot }) })
dispatcher.start(100)

// The messages spread evenly over one minute, client after client.
const sent: { userId: number; messageId: number }[] = []
const started = performance.now()
for (let i = 0; i < MESSAGES; i++) {
  const userId = users[i % CLIENTS]
  const update = textUpdate(userId, `message ${i} from ${userId}`)
  sent.push({ userId, messageId: update.message.message_id })
  const response = await fetch(`${server.url}/telegram/webhook`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-telegram-bot-api-secret-token': 'bench-secret',
    },
    body: JSON.stringify(update),
  })
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`)
  const due = ((i + 1) * 60_000) / MESSAGES
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, due - (performance.now() - started))),
  )
}

let record: { calls: RecordedCall[]; throttled: number }
const copiesOf = (calls: RecordedCall[]) =>
  calls.filter((call) => call.method === 'copyMessage' && !call.failedWith)
for (;;) {
  record = (await (await fetch(`${apiRoot}/__record`)).json()) as typeof record
  if (copiesOf(record.calls).length >= MESSAGES || performance.now() - started > 30 * 60_000) break
  await new Promise((resolve) => setTimeout(resolve, 2000))
}
const copies = copiesOf(record.calls)
const minutes =
  (copies.at(-1)!.at - copies[0].at + 1) / 60_000 + (copies[0].at - record.calls[0].at) / 60_000
const topics = record.calls.filter(
  (call) => call.method === 'createForumTopic' && !call.failedWith,
).length
const floor = (MESSAGES + topics) / PER_GROUP_PER_MINUTE
const inOrder = users.every((userId) => {
  const ids = copies
    .filter((call) => Number(call.params.from_chat_id) === userId)
    .map((call) => Number(call.params.message_id))
  return ids.every((id, i) => i === 0 || id > ids[i - 1])
})
console.log(
  [
    `${MESSAGES} messages from ${CLIENTS} clients in one minute, bridged into ${topics} topics of one group`,
    `last copy after ${minutes.toFixed(1)} min; floor ${floor.toFixed(1)} min (${MESSAGES} copies + ${topics} cards at ${PER_GROUP_PER_MINUTE}/min); ratio ${(minutes / floor).toFixed(2)}×`,
    `429s received: ${record.throttled}; delivered ${copies.length}/${MESSAGES}; each client's messages in order: ${inOrder ? 'yes' : 'NO'}`,
  ].join('\n'),
)

await dispatcher.stop()
fake.kill('SIGTERM')
await server.close()
await closePayload(payload)
await stopDatabase(db)
