import http from 'node:http'
import type { AddressInfo } from 'node:net'

import Stripe from 'stripe'

type Obj = Record<string, unknown>

/** `a[b][0][c]=1` → { a: { b: [{ c: '1' }] } }, as Stripe reads form bodies. */
function formToObject(body: string): Obj {
  const root: Obj = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[')
    let node: Obj = root
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value
      else {
        node[part] ??= /^\d+$/.test(path[i + 1]) ? [] : {}
        node = node[part] as Obj
      }
    })
  }
  return root
}

/**
 * The Stripe API on loopback, for the calls Tandir makes: Checkout Sessions, refunds,
 * PaymentIntents. It insists on an Idempotency-Key for every POST and answers a repeated key with
 * the first answer, like Stripe; it can fail with 500 or hang past the client's timeout. Tests
 * drive the other side of Stripe with `pay`, `refundInDashboard` and signed `event`s.
 */
export async function startFakeStripe(webhookSecret: string) {
  const sessions = new Map<string, Obj>()
  const intents = new Map<string, Obj>()
  const refunds = new Map<string, Obj>()
  const idempotent = new Map<string, { status: number; body: unknown }>()
  const calls: { method: string; path: string; body: Obj; idempotencyKey?: string }[] = []
  const faults: { path: string; fault: 500 | 'timeout' }[] = []
  let seq = 0
  // Stripe's ids are unique everywhere: two fakes in one run (one test file's, the next one's)
  // must not hand out the same session id to the same database.
  const instance = Math.random().toString(36).slice(2, 8)
  const next = (prefix: string) => `${prefix}_test_${instance}${++seq}`

  function route(
    method: string,
    path: string,
    body: Obj,
    query: URLSearchParams,
  ): { status: number; body: unknown } {
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const items = body.line_items as
        | { quantity: string; price_data: { unit_amount: string; currency: string } }[]
        | undefined
      if (body.mode !== 'payment' || !items?.length || !(body.metadata as Obj)?.order) {
        return {
          status: 400,
          body: {
            error: {
              type: 'invalid_request_error',
              message: 'mode, line_items and metadata[order] are required',
            },
          },
        }
      }
      const id = next('cs')
      const session = {
        id,
        object: 'checkout.session',
        mode: 'payment',
        status: 'open',
        payment_status: 'unpaid',
        url: `https://checkout.stripe.test/pay/${id}`,
        amount_total: items.reduce(
          (sum, item) => sum + Number(item.quantity) * Number(item.price_data.unit_amount),
          0,
        ),
        currency: items[0].price_data.currency,
        metadata: body.metadata,
        client_reference_id: body.client_reference_id,
        payment_intent: null,
        payment_intent_data: body.payment_intent_data,
        line_items: items,
        expires_at: Number(body.expires_at),
      }
      sessions.set(id, session)
      return { status: 200, body: session }
    }
    const session = /^\/v1\/checkout\/sessions\/([\w]+)$/.exec(path)
    if (method === 'GET' && session) return found(sessions.get(session[1]))
    const expire = /^\/v1\/checkout\/sessions\/(\w+)\/expire$/.exec(path)
    if (method === 'POST' && expire) {
      const open = sessions.get(expire[1])
      if (open?.status !== 'open') {
        return {
          status: 400,
          body: {
            error: {
              type: 'invalid_request_error',
              message: 'Only Checkout Sessions with a status of open can be expired',
            },
          },
        }
      }
      open.status = 'expired'
      return { status: 200, body: open }
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const intent = intents.get(String(body.payment_intent))
      if (!intent)
        return {
          status: 400,
          body: { error: { type: 'invalid_request_error', message: 'No such payment_intent' } },
        }
      return {
        status: 200,
        body: addRefund(intent, Number(body.amount), (body.metadata as Obj | undefined) ?? {}),
      }
    }
    if (method === 'GET' && path === '/v1/refunds') {
      const data = [...refunds.values()].filter((refund) => refund.charge === query.get('charge'))
      return { status: 200, body: { object: 'list', data, has_more: false, url: '/v1/refunds' } }
    }
    const refund = /^\/v1\/refunds\/(\w+)$/.exec(path)
    if (method === 'GET' && refund) return found(refunds.get(refund[1]))
    const intent = /^\/v1\/payment_intents\/(\w+)$/.exec(path)
    if (method === 'GET' && intent) return found(intents.get(intent[1]))
    return {
      status: 404,
      body: {
        error: {
          type: 'invalid_request_error',
          message: `Unrecognized request URL (${method}: ${path})`,
        },
      },
    }
  }

  const found = (object: Obj | undefined) =>
    object
      ? { status: 200, body: object }
      : {
          status: 404,
          body: { error: { type: 'invalid_request_error', message: 'No such object' } },
        }

  function addRefund(intent: Obj, amount: number, metadata: Obj): Obj {
    const refund = {
      id: next('re'),
      object: 'refund',
      amount,
      currency: intent.currency,
      payment_intent: intent.id,
      charge: intent.latest_charge,
      status: 'succeeded',
      metadata,
      reason: null,
    }
    refunds.set(refund.id, refund)
    return refund
  }

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const url = new URL(request.url ?? '/', 'http://stripe.test')
    const body = formToObject(Buffer.concat(chunks).toString('utf8'))
    const method = request.method ?? 'GET'
    const idempotencyKey = request.headers['idempotency-key'] as string | undefined
    calls.push({ method, path: url.pathname, body, idempotencyKey })
    const reply = ({ status, body: answer }: { status: number; body: unknown }) => {
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${seq}` })
      response.end(JSON.stringify(answer))
    }
    if (!String(request.headers.authorization).startsWith('Bearer sk_test_')) {
      return reply({
        status: 401,
        body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } },
      })
    }
    const fault = faults.findIndex((f) => url.pathname.startsWith(f.path))
    if (fault >= 0) {
      const [{ fault: kind }] = faults.splice(fault, 1)
      if (kind === 'timeout') return // never answers; the client gives up
      return reply({
        status: 500,
        body: { error: { type: 'api_error', message: 'Something went wrong on Stripe’s end' } },
      })
    }
    if (method === 'POST') {
      if (!idempotencyKey)
        return reply({
          status: 400,
          body: {
            error: {
              type: 'invalid_request_error',
              message: 'Idempotency-Key header required by this fake',
            },
          },
        })
      const key = `${url.pathname} ${idempotencyKey}`
      const earlier = idempotent.get(key)
      if (earlier) return reply(earlier)
      const answer = route(method, url.pathname, body, url.searchParams)
      idempotent.set(key, answer)
      return reply(answer)
    }
    reply(route(method, url.pathname, body, url.searchParams))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const signer = new Stripe('sk_test_signer')

  return {
    apiBase: `http://127.0.0.1:${port}`,
    calls,
    sessions,
    refunds,
    /** The next `count` calls under `path` fail. */
    failNext: (path: string, fault: 500 | 'timeout', count = 1) => {
      for (let i = 0; i < count; i++) faults.push({ path, fault })
    },
    /** The client pays on Stripe's page: the session completes with a PaymentIntent and a charge. */
    pay(sessionId: string): Obj {
      const session = sessions.get(sessionId)!
      const intent = {
        id: next('pi'),
        object: 'payment_intent',
        amount: session.amount_total,
        currency: session.currency,
        status: 'succeeded',
        metadata: (session.payment_intent_data as Obj | undefined)?.metadata ?? {},
        latest_charge: next('ch'),
      }
      intents.set(intent.id, intent)
      Object.assign(session, {
        status: 'complete',
        payment_status: 'paid',
        payment_intent: intent.id,
      })
      return session
    },
    /** A refund made in Stripe's dashboard, not through Tandir. */
    refundInDashboard(intentId: string, amount: number): Obj {
      return addRefund(intents.get(intentId)!, amount, {})
    },
    intent: (id: string) => intents.get(id)!,
    /** An event as Stripe sends it, with its body and signature header. */
    event(
      type: string,
      object: Obj,
      options: { id?: string; timestamp?: number; secret?: string } = {},
    ) {
      const event = {
        id: options.id ?? next('evt'),
        object: 'event',
        type,
        api_version: '2025-01-01',
        created: Math.floor(Date.now() / 1000),
        data: { object },
      }
      const body = JSON.stringify(event)
      const signature = signer.webhooks.generateTestHeaderString({
        payload: body,
        secret: options.secret ?? webhookSecret,
        timestamp: options.timestamp,
      })
      return { event, body, signature }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>
