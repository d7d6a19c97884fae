/**
 * Forwarding a client's message to their topic with assists off and on, in turn (the fake model
 * answering every triage in 2 s), in one run: each message goes through the webhook, the dispatcher copies it
 * into the support group of a fake Bot API in a process of its own, and the time from the webhook
 * call to the copy is measured. Messages are spaced so the group's pace (one message per 3 s)
 * never queues them: what is measured is the path, not the group's limit. Each message is a new
 * conversation's first triage, so each "on" message also posts its triage line: the worst case.
 *
 *   npm run bench:assist-forwarding -- --messages 20 --interval 6500
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { sql } from '@payloadcms/db-postgres'
import { Api } from 'grammy'
import { closePayload } from '@/db/closePayload'
import { startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { startFakeModel } from '../tests/support/fakeModel'
import type { RecordedCall } from '../tests/support/fakeTelegram'
import { textUpdate } from '../tests/support/telegramUpdates'
import { stopDatabase } from './stopDatabase'

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '20' },
    interval: { type: 'string', default: '6500' },
  },
})
const MESSAGES = Number(values.messages)
const INTERVAL_MS = Number(values.interval)
const GROUP = -100_840_900_000
const MODEL_DELAY_MS = 2000

const fake = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    path.resolve(import.meta.dirname, '../tests/support/fakeTelegramProcess.ts'),
    '30',
    '20',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
)
const [apiRoot] = (await once(fake.stdout!, 'data')).map((chunk: Buffer) => chunk.toString().trim())
const model = await startFakeModel(() => ({
  json: { category: 'delivery', urgency: 'urgent', mood: 'negative', language: 'en' },
  delayMs: MODEL_DELAY_MS,
}))
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
  ASSIST_API_URL: model.url,
  ASSIST_MODEL: 'fake-2s',
})
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { createOutboxDispatcher } = await import('@commerce/outbox/dispatcher')
const { startRestServer } = await import('../tests/support/restServer')
const payload = await getPayload({ config })
payload.logger.level = 'warn'
await payload.db.migrate()
await payload.updateGlobal({
  slug: 'settings',
  data: { supportGroupId: GROUP, staffLanguage: 'en' },
})
const server = await startRestServer()

// One client per message, each with a topic already: no topic is made during the measure.
const users = Array.from({ length: 2 * MESSAGES }, (_, i) => 8_490_000 + i)
for (const [i, userId] of users.entries()) {
  const client = await payload.create({
    collection: 'clients',
    data: { name: `Cafe ${userId}`, telegramId: userId, language: 'en' },
  })
  await sqlDatabase(payload).execute(sql`
    insert into conversations (client_id, chat_id, topic_id, status, unread_count, updated_at, created_at)
    values (${client.id}, ${userId}, ${5000 + i}, 'open', 0, now(), now())`)
}

const dispatcher = createOutboxDispatcher({ payload, api: new Api('123:BENCH', { apiRoot }) })
dispatcher.start(100)

const record = async () =>
  ((await (await fetch(`${apiRoot}/__record`)).json()) as { calls: RecordedCall[] }).calls
const copyOf = (calls: RecordedCall[], userId: number) =>
  calls.find(
    (call) =>
      call.method === 'copyMessage' &&
      !call.failedWith &&
      Number(call.params.from_chat_id) === userId,
  )

interface Side {
  webhookMs: number[]
  forwardMs: number[]
}

/**
 * One message per client at the interval, assists on and off in turn (the switch is read when a
 * triage starts, well before the next message), so both sides share the same moments of the run.
 */
async function measure(clients: number[]): Promise<{ on: Side; off: Side }> {
  const sides = {
    on: { webhookMs: [], forwardMs: [] } as Side,
    off: { webhookMs: [], forwardMs: [] } as Side,
  }
  const sent: { userId: number; at: number; side: Side }[] = []
  for (const [i, userId] of clients.entries()) {
    const enabled = i % 2 === 1
    await payload.updateGlobal({ slug: 'settings', data: { assistsEnabled: enabled } })
    const side = enabled ? sides.on : sides.off
    const started = Date.now()
    const response = await fetch(`${server.url}/telegram/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': 'bench-secret',
      },
      body: JSON.stringify(textUpdate(userId, `Where is my bread? message from ${userId}`)),
    })
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`)
    side.webhookMs.push(Date.now() - started)
    sent.push({ userId, at: started, side })
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, INTERVAL_MS - (Date.now() - started))),
    )
  }
  for (;;) {
    const calls = await record()
    if (clients.every((userId) => copyOf(calls, userId))) {
      for (const { userId, at, side } of sent) side.forwardMs.push(copyOf(calls, userId)!.at - at)
      return sides
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

const { on, off } = await measure(users)
// The last triages and their lines finish before the figures are read.
await new Promise((resolve) => setTimeout(resolve, MODEL_DELAY_MS + 4000))

const { rows } = await sqlDatabase(payload).execute<{ provider: string | null; n: number }>(sql`
  select triage_provider as provider, count(*)::int as n from support_messages group by 1 order by 1`)
const calls = await record()
const lines = calls.filter(
  (call) => call.method === 'sendMessage' && String(call.params.text).startsWith('🏷'),
).length
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const describe = (values: number[]) =>
  `median ${quantile(values, 0.5)} ms, p90 ${quantile(values, 0.9)} ms, mean ${mean(values).toFixed(0)} ms`
console.log(
  [
    `${MESSAGES} client messages per side, assists off and on in turn, one every ${INTERVAL_MS} ms, each into its own topic; fake model answering in ${MODEL_DELAY_MS} ms`,
    `webhook → copy in the topic, assists off: ${describe(off.forwardMs)}`,
    `webhook → copy in the topic, assists on:  ${describe(on.forwardMs)}`,
    `ratio on/off: median ${(quantile(on.forwardMs, 0.5) / quantile(off.forwardMs, 0.5)).toFixed(2)}×, mean ${(mean(on.forwardMs) / mean(off.forwardMs)).toFixed(2)}× (target ≤ 1.1×)`,
    `webhook answered, off: ${describe(off.webhookMs)}; on: ${describe(on.webhookMs)}`,
    `triaged messages by provider: ${rows.map((row) => `${row.provider ?? 'none'} ${row.n}`).join(', ')}; triage lines posted: ${lines}; model requests: ${model.requests.length}`,
  ].join('\n'),
)

await dispatcher.stop()
fake.kill('SIGTERM')
await model.close()
await server.close()
await closePayload(payload)
await stopDatabase(db)
