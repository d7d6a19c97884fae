import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedCall {
  method: string
  params: Record<string, unknown>
  at: number
  /** The status of an injected fault (504 for one never answered); absent when the call succeeded. */
  failedWith?: number
}

type Fault =
  | { status: 429; retryAfter: number }
  | { status: 403 | 400 | 500 | 502; description?: string }
  /** Telegram never answers: the request is held until the caller gives up, and nothing is done. */
  | { status: 'hang' }

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
    const body = Buffer.concat(chunks)
    const params = await readParams(body, String(request.headers['content-type'] ?? ''))
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
      if (fault.status === 'hang') {
        calls.push({ method, params, at: now, failedWith: 504 })
        return
      }
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
    if (method === 'refundStarPayment') {
      const refused = refuseRefund(params)
      if (refused) {
        calls.push({ method, params, at: now, failedWith: 400 })
        return reply(400, { ok: false, error_code: 400, description: refused })
      }
    }
    record(method, params, now)
    // Long polling: Telegram holds the request while nothing happens.
    if (method === 'getUpdates') await new Promise((resolve) => setTimeout(resolve, 100))
    reply(200, { ok: true, result: answer(method, params) })
  })

  // Telegram Stars: charges the tests made (`starsCharge`), refunded at most once.
  const charges = new Map<string, { userId: number; amount: number; refunded: boolean }>()
  let chargeNumber = 0

  /** Telegram's 400 for a Stars refund it refuses, or null when it makes the refund. */
  function refuseRefund(params: Record<string, unknown>): string | null {
    const charge = charges.get(String(params.telegram_payment_charge_id))
    if (!charge || charge.userId !== Number(params.user_id)) return 'Bad Request: CHARGE_NOT_FOUND'
    if (charge.refunded) return 'Bad Request: CHARGE_ALREADY_REFUNDED'
    charge.refunded = true
    return null
  }

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
      case 'sendInvoice':
        return {
          ...sentMessage(params),
          invoice: {
            title: params.title,
            description: params.description,
            start_parameter: params.start_parameter ?? '',
            currency: params.currency,
            total_amount: (params.prices as { amount: number }[]).reduce(
              (sum, price) => sum + price.amount,
              0,
            ),
          },
        }
      case 'createInvoiceLink':
        return `https://t.me/$${Buffer.from(String(params.payload)).toString('base64url')}${++messageId}`
      case 'sendPhoto':
        return {
          ...sentMessage(params),
          photo: [
            { file_id: `photo-${messageId}`, file_unique_id: `p${messageId}`, width: 1, height: 1 },
          ],
        }
      case 'sendVideo':
        return {
          ...sentMessage(params),
          video: {
            file_id: `video-${messageId}`,
            file_unique_id: `v${messageId}`,
            width: 1,
            height: 1,
            duration: 1,
          },
        }
      case 'sendDocument':
        return {
          ...sentMessage(params),
          document: { file_id: `document-${messageId}`, file_unique_id: `d${messageId}` },
        }
      case 'sendPaidMedia':
        return {
          ...sentMessage(params),
          paid_media: { star_count: params.star_count, paid_media: [] },
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

  /** A message the bot sent to `params.chat_id`, as Telegram returns it. */
  function sentMessage(params: Record<string, unknown>) {
    return {
      message_id: ++messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: params.chat_id, type: 'private' },
      ...(params.caption ? { caption: params.caption } : {}),
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
    /**
     * A Stars payment Telegram took from `userId`: its charge id, for the `successful_payment`
     * update a test sends, and the one `refundStarPayment` accepts once.
     */
    starsCharge(userId: number, amount: number): string {
      const id = `stxTEST${++chargeNumber}-${Date.now()}`
      charges.set(id, { userId, amount, refunded: false })
      return id
    },
    /** Whether the charge was refunded through `refundStarPayment`. */
    starsRefunded: (chargeId: string) => charges.get(chargeId)?.refunded ?? false,
    /** The bot's answer to a `pre_checkout_query`, when it gave one. */
    preCheckoutAnswer: (queryId: string) =>
      calls.find(
        (call) =>
          call.method === 'answerPreCheckoutQuery' &&
          String(call.params.pre_checkout_query_id) === queryId,
      )?.params as { ok: boolean; error_message?: string } | undefined,
    /** Calls of `method` to `chatId` that Telegram accepted (invoices, photos, documents…). */
    sentBy: (method: string, chatId: number) =>
      calls.filter(
        (call) =>
          call.method === method && !call.failedWith && Number(call.params.chat_id) === chatId,
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>

function defaultDescription(status: number): string {
  if (status === 403) return 'Forbidden: bot was blocked by the user'
  if (status === 400) return 'Bad Request: chat not found'
  return 'Internal Server Error'
}

/**
 * A call's parameters: JSON, or multipart when a file is uploaded (grammY sends each parameter as
 * a part, objects as JSON, and a file as `attach://<part>`), where a file reads as its name, type
 * and size. Read by hand: grammY's terse part headers (`content-disposition:form-data;name="x"`)
 * are more than undici's form parser accepts.
 */
async function readParams(body: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1]
  if (!contentType.startsWith('multipart/form-data') || !boundary) {
    const text = body.toString('utf8')
    return (text ? JSON.parse(text) : {}) as Record<string, unknown>
  }
  const params: Record<string, unknown> = {}
  const files: Record<string, { name: string; type: string; size: number }> = {}
  const text = body.toString('latin1')
  for (const part of text.split(`--${boundary}`).slice(1, -1)) {
    const split = part.indexOf('\r\n\r\n')
    const head = part.slice(0, split)
    const value = part.slice(split + 4, part.endsWith('\r\n') ? -2 : undefined)
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? ''
    const filename = /filename="?([^";\r\n]*)"?/.exec(head)?.[1]
    if (filename !== undefined) {
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? ''
      files[name] = { name: filename, type, size: value.length }
    } else {
      const decoded = Buffer.from(value, 'latin1').toString('utf8')
      params[name] = /^[[{]/.test(decoded) ? parsedOr(decoded) : decoded
    }
  }
  for (const [key, value] of Object.entries(params)) {
    const attached = typeof value === 'string' && /^attach:\/\/(.+)$/.exec(value)
    if (attached) params[key] = { upload: files[attached[1]] }
  }
  return params
}

function parsedOr(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
