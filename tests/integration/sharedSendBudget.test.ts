import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { enqueueAll, type OutboxMessage } from '@commerce/outbox/enqueue'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import type { RecordedCall } from '../support/fakeTelegram'
import { makeClient } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'

const support = path.resolve(import.meta.dirname, '../support')
const PRIVATE_CHATS = 2000
const GROUP_MESSAGES = 200
const GROUP = -1_009_190_000_001
const FIRST_CHAT = 61_000_000
/** Calls that put a message in a chat, as Telegram counts them. */
const MESSAGES = new Set(['sendMessage', 'copyMessage', 'copyMessages'])

let payload: Payload
const children: ChildProcess[] = []

/** Starts a process and waits for its first line of output. */
async function started(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(support, script), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  const [line] = await once(child.stdout!, 'data')
  return String(line).trim()
}

/** The most of `times` in any window of `width` ms. */
function busiestWindow(times: number[], width: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= width) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

beforeAll(async () => {
  payload = await openPayload()
})

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  await closePayload(payload)
})

describe('two app servers sharing one bot', () => {
  it(
    "hold Telegram's limits together: 2,000 notifications to distinct chats and 200 to one group, no 429, each sent once",
    async () => {
      const apiRoot = await started('fakeTelegramProcess.ts', ['30', '20'], process.env)
      const db = sqlDatabase(payload)
      // Notifications other files left unsent (their staff cards, morning summaries) would go to
      // this group too, at its 20 a minute: they are not this test's to send.
      await db.execute(
        sql`update outbox set status = 'dead', last_error = 'left by another test file' where status = 'pending'`,
      )
      const settings = await payload.findGlobal({ slug: 'settings' })
      await payload.updateGlobal({ slug: 'settings', data: { adminChatId: GROUP } })
      const {
        rows: [{ last }],
      } = await db.execute<{ last: number }>(
        sql`select coalesce(max(id), 0)::int as last from outbox`,
      )

      const run = unique()
      const messages: OutboxMessage[] = []
      for (let start = 0; start < PRIVATE_CHATS; start += 50) {
        const clients = await Promise.all(
          Array.from({ length: Math.min(50, PRIVATE_CHATS - start) }, (_, i) =>
            makeClient(payload, { telegramId: FIRST_CHAT + start + i, language: 'ru' }),
          ),
        )
        for (const [i, client] of clients.entries()) {
          const body = { client: client.id, number: start + i, from: 'accepted', to: 'on_the_way' }
          messages.push({
            topic: 'order.status_changed',
            body: { ...body, sequence: `client:${client.id}` },
          })
        }
      }
      for (let i = 0; i < GROUP_MESSAGES; i++)
        messages.push({ topic: 'staff.message', body: { text: `${run} #${i}`, sequence: run } })
      await enqueueAll(payload, messages)

      // Two servers, as `npm start` runs them: each with its own dispatcher, one database.
      const serverEnv = {
        ...process.env,
        TELEGRAM_BOT_TOKEN: '123:TWO',
        TELEGRAM_API_ROOT: apiRoot,
      }
      await Promise.all([
        started('telegramServerProcess.ts', [], serverEnv),
        started('telegramServerProcess.ts', [], serverEnv),
      ])
      const pending = async () => {
        const { rows } = await db.execute<{ n: number }>(
          sql`select count(*)::int as n from outbox where id > ${last} and status <> 'sent'`,
        )
        return rows[0].n
      }
      // 200 messages to one group at 20 a minute take ten minutes whoever sends them.
      const deadline = Date.now() + 13 * 60_000
      while ((await pending()) > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 2000))
      expect(await pending()).toBe(0)
      for (const child of children.slice(1)) child.kill('SIGTERM')
      await payload.updateGlobal({ slug: 'settings', data: { adminChatId: settings.adminChatId } })

      const record = (await (await fetch(`${apiRoot}/__record`)).json()) as {
        calls: RecordedCall[]
        throttled: number
      }
      expect(record.throttled).toBe(0)
      const sends = record.calls.filter((call) => MESSAGES.has(call.method) && !call.failedWith)
      expect(
        busiestWindow(
          sends.map((call) => call.at),
          1000,
        ),
      ).toBeLessThanOrEqual(30)
      const toGroup = sends.filter((call) => Number(call.params.chat_id) === GROUP)
      expect(
        busiestWindow(
          toGroup.map((call) => call.at),
          60_000,
        ),
      ).toBeLessThanOrEqual(20)
      const byChat = new Map<number, RecordedCall[]>()
      for (const call of sends) {
        const chat = Number(call.params.chat_id)
        byChat.set(chat, [...(byChat.get(chat) ?? []), call])
      }
      for (const calls of byChat.values()) {
        const times = calls.map((call) => call.at).sort((a, b) => a - b)
        for (let i = 1; i < times.length; i++)
          expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1000)
      }
      // Exactly once: every chat its one message, the group each of its texts once.
      for (let i = 0; i < PRIVATE_CHATS; i++) expect(byChat.get(FIRST_CHAT + i)?.length).toBe(1)
      const ours = toGroup
        .map((call) => String(call.params.text))
        .filter((text) => text.startsWith(run))
      expect(ours.sort()).toEqual(
        Array.from({ length: GROUP_MESSAGES }, (_, i) => `${run} #${i}`).sort(),
      )
    },
    15 * 60_000,
  )
})
