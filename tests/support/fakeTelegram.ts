import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedCall {
  method: string
  params: Record<string, unknown>
  at: number
  /** The status of an injected fault; absent when the call succeeded. */
  failedWith?: number
}

type Fault =
  | { status: 429; retryAfter: number }
  | { status: 403 | 400 | 500 | 502; description?: string }

interface Options {
  /** Answer 429 like Telegram when more than this many messages arrive in any second. */
  perSecond?: number
  /** Answer 429 when more than this many messages reach one group in any minute. */
  perGroupPerMinute?: number
}

/** Calls that put a message in a chat, as Telegram counts them against its limits. */
const MESSAGES = new Set(['sendMessage', 'copyMessage', 'copyMessages'])

/**
 * A Telegram Bot API on loopback: records every call, answers like Telegram for the methods Tandir
 * uses, and injects the faults Telegram really returns (429 with retry_after, 403, 5xx).
 */
export async function startFakeTelegram({ perSecond, perGroupPerMinute }: Options = {}) {
  const inGroups = new Map<number, number[]>()
  const calls: RecordedCall[] = []
  const lastSent = new Map<number, RecordedCall>()
  const faults: { method: string; chatId?: number; fault: Fault }[] = []
  const accepted: number[] = []
  let messageId = 100
  let throttled = 0
  // Where Telegram would deliver updates: setWebhook / deleteWebhook / getWebhookInfo.
  let webhookUrl = ''

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const params = (text ? JSON.parse(text) : {}) as Record<string, unknown>
    // Telegram takes nested objects as JSON strings; tests read them as objects.
    if (typeof params.reply_markup === 'string')
      params.reply_markup = JSON.parse(params.reply_markup)
    const method = String(request.url?.split('/').at(-1))
    const now = Date.now()
    if (request.url === '/__record') {
      // Lets a process that runs this fake elsewhere read what it saw.
      response.writeHead(200, { 'content-type': 'application/json' })
      return response.end(JSON.stringify({ calls, throttled }))
    }
    const reply = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    const index = faults.findIndex(
      (f) => f.method === method && (f.chatId === undefined || f.chatId === Number(params.chat_id)),
    )
    if (index >= 0) {
      const [{ fault }] = faults.splice(index, 1)
      calls.push({ method, params, at: now, failedWith: fault.status })
      if (fault.status === 429) {
        return reply(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${fault.retryAfter}`,
          parameters: { retry_after: fault.retryAfter },
        })
      }
      return reply(fault.status, {
        ok: false,
        error_code: fault.status,
        description: fault.description ?? defaultDescription(fault.status),
      })
    }
    if (perSecond && MESSAGES.has(method)) {
      while (accepted.length && now - accepted[0] >= 1000) accepted.shift()
      if (accepted.length >= perSecond) {
        throttled++
        return reply(429, {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 1',
          parameters: { retry_after: 1 },
        })
      }
      accepted.push(now)
    }
    const chat = Number(params.chat_id)
    if (perGroupPerMinute && MESSAGES.has(method) && chat < 0) {
      const times = (inGroups.get(chat) ?? []).filter((at) => now - at < 60_000)
      if (times.length >= perGroupPerMinute) {
        throttled++
        const retryAfter = Math.ceil((times[0] + 60_000 - now) / 1000)
        return reply(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${retryAfter}`,
          parameters: { retry_after: retryAfter },
        })
      }
      inGroups.set(chat, [...times, now])
    }
    record(method, params, now)
    // Long polling: Telegram holds the request while nothing happens.
    if (method === 'getUpdates') await new Promise((resolve) => setTimeout(resolve, 100))
    reply(200, { ok: true, result: answer(method, params) })
  })

  function record(method: string, params: Record<string, unknown>, at: number) {
    const call = { method, params, at }
    calls.push(call)
    if (method === 'sendMessage') lastSent.set(Number(params.chat_id), call)
  }

  function answer(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case 'getMe':
        return { id: 1000, is_bot: true, first_name: 'Tandir', username: 'tandir_test_bot' }
      case 'getUpdates':
        return []
      case 'sendMessage':
      case 'editMessageText':
        return {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: params.chat_id, type: 'private' },
          text: params.text,
        }
      case 'copyMessage':
        return { message_id: ++messageId }
      case 'copyMessages':
        return (params.message_ids as number[]).map(() => ({ message_id: ++messageId }))
      case 'createForumTopic':
        return { message_thread_id: ++messageId, name: params.name, icon_color: 7322096 }
      case 'setWebhook':
        webhookUrl = String(params.url ?? '')
        return true
      case 'deleteWebhook':
        webhookUrl = ''
        return true
      case 'getWebhookInfo':
        return { url: webhookUrl, has_custom_certificate: false, pending_update_count: 0 }
      default:
        return true
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    /** Messages that reached a chat, in the order Telegram accepted them. */
    sent: (chatId?: number) =>
      calls.filter(
        (call) =>
          call.method === 'sendMessage' &&
          !call.failedWith &&
          (chatId === undefined || Number(call.params.chat_id) === chatId),
      ),
    /** The last message that reached `chatId`, without a scan of every call (benchmarks ask often). */
    lastSent: (chatId: number) => lastSent.get(chatId),
    /** What Telegram does with a webhook's response body: one that names a `method` is that call, made. */
    webhookReply(body: string) {
      // Most responses are no call at all (often empty): telling so costs the benchmarks nothing.
      if (!body.includes('"method"')) return
      const { method, ...params } = JSON.parse(body) as Record<string, unknown>
      if (typeof method === 'string') record(method, params, Date.now())
    },
    /** The next `method` call (for `chatId`, when given) fails with `fault`. */
    failNext: (method: string, fault: Fault, chatId?: number) =>
      faults.push({ method, chatId, fault }),
    throttled: () => throttled,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>

function defaultDescription(status: number): string {
  if (status === 403) return 'Forbidden: bot was blocked by the user'
  if (status === 400) return 'Bad Request: chat not found'
  return 'Internal Server Error'
}
