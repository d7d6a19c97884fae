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

/** How an off-session charge of a card ends, as a test chooses per customer or per card. */
export type CardOutcome = 'success' | 'authentication_required' | 'declined'

const cardError = (code: string, message: string, intent: Obj, extra: Obj = {}) => ({
  status: 402,
  body: {
    error: {
      type: 'card_error',
      code,
      message,
      payment_intent: intent,
      payment_method: intent.payment_method ? { id: intent.payment_method } : undefined,
      ...extra,
    },
  },
})

/**
 * The Stripe API on loopback, for the calls Tandir makes: Checkout Sessions, refunds,
 * PaymentIntents, customers, their saved cards, off-session charges and billing portal sessions.
 * It insists on an Idempotency-Key for every POST and answers a repeated key with the first
 * answer, like Stripe; it can fail with 500 or hang past the client's timeout. Tests drive the
 * other side of Stripe with `pay`, `refundInDashboard`, `chargeOutcome` and signed `event`s.
 */
export async function startFakeStripe(webhookSecret: string) {
  const sessions = new Map<string, Obj>()
  const intents = new Map<string, Obj>()
  const refunds = new Map<string, Obj>()
  const customers = new Map<string, Obj>()
  const paymentMethods = new Map<string, Obj>()
  const portalSessions = new Map<string, Obj>()
  /** By customer or card id; a card's own outcome wins over its customer's. Default: success. */
  const outcomes = new Map<string, CardOutcome>()
  const idempotent = new Map<string, { status: number; body: unknown }>()
  const calls: { method: string; path: string; body: Obj; idempotencyKey?: string }[] = []
  const faults: { path: string; fault: 500 | 'timeout' }[] = []
  const holds: {
    path: string
    match: (body: Obj) => boolean
    reached: () => void
    released: Promise<void>
  }[] = []
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
      const metadata = body.metadata as Obj | undefined
      // An order's payment names the order; credits bought by card say so and name the client.
      const ours = metadata?.order || (metadata?.kind === 'credits' && metadata.client)
      if (body.mode !== 'payment' || !items?.length || !ours) {
        return {
          status: 400,
          body: {
            error: {
              type: 'invalid_request_error',
              message:
                'mode, line_items and metadata[order] (or metadata[kind]=credits) are required',
            },
          },
        }
      }
      if (body.customer && !customers.has(String(body.customer)))
        return noSuch('customer', String(body.customer))
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
        customer: body.customer ?? null,
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
    if (method === 'POST' && path === '/v1/customers') {
      const customer = {
        id: next('cus'),
        object: 'customer',
        name: body.name ?? null,
        email: body.email ?? null,
        metadata: body.metadata ?? {},
      }
      customers.set(customer.id, customer)
      return { status: 200, body: customer }
    }
    const customer = /^\/v1\/customers\/(\w+)$/.exec(path)
    if (method === 'GET' && customer) return found(customers.get(customer[1]))
    const customerCards = /^\/v1\/customers\/(\w+)\/payment_methods$/.exec(path)
    if (
      (method === 'GET' && customerCards) ||
      (method === 'GET' && path === '/v1/payment_methods')
    ) {
      const owner = customerCards?.[1] ?? query.get('customer') ?? ''
      if (!customers.has(owner)) return noSuch('customer', owner)
      const type = query.get('type')
      const data = [...paymentMethods.values()].filter(
        (card) => card.customer === owner && (!type || card.type === type),
      )
      return { status: 200, body: { object: 'list', data, has_more: false, url: path } }
    }
    if (method === 'POST' && path === '/v1/payment_intents') return offSessionCharge(body)
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const owner = String(body.customer ?? '')
      if (!customers.has(owner)) return noSuch('customer', owner)
      const id = next('bps')
      const portal = {
        id,
        object: 'billing_portal.session',
        customer: owner,
        return_url: body.return_url ?? null,
        url: `https://billing.stripe.test/p/session/${id}`,
      }
      portalSessions.set(id, portal)
      return { status: 200, body: portal }
    }
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

  const noSuch = (what: string, id: string) => ({
    status: 400,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'resource_missing',
        message: `No such ${what}: '${id}'`,
      },
    },
  })

  /**
   * A PaymentIntent confirmed at once with a saved card, the client away: it succeeds, needs the
   * client to authenticate (402 `authentication_required`, the intent left in `requires_action`)
   * or is declined (402 `card_declined`), as the test chose for the customer or the card.
   */
  function offSessionCharge(body: Obj): { status: number; body: unknown } {
    const owner = String(body.customer ?? '')
    const card = paymentMethods.get(String(body.payment_method ?? ''))
    if (!customers.has(owner)) return noSuch('customer', owner)
    if (!card || card.customer !== owner)
      return noSuch('PaymentMethod', String(body.payment_method))
    if (
      !Number(body.amount) ||
      !body.currency ||
      body.confirm !== 'true' ||
      body.off_session !== 'true'
    )
      return {
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            message:
              'amount, currency, confirm=true and off_session=true are required by this fake',
          },
        },
      }
    const outcome = outcomes.get(card.id as string) ?? outcomes.get(owner) ?? 'success'
    const intent: Obj = {
      id: next('pi'),
      object: 'payment_intent',
      amount: Number(body.amount),
      currency: body.currency,
      customer: owner,
      payment_method: card.id,
      off_session: true,
      metadata: body.metadata ?? {},
      status: 'succeeded',
      latest_charge: null,
      last_payment_error: null,
    }
    intents.set(intent.id as string, intent)
    if (outcome === 'success') {
      intent.latest_charge = next('ch')
      return { status: 200, body: intent }
    }
    if (outcome === 'authentication_required') {
      intent.status = 'requires_action'
      intent.next_action = { type: 'use_stripe_sdk' }
      const message = 'This payment requires authentication by the cardholder.'
      intent.last_payment_error = { code: 'authentication_required', message }
      return cardError('authentication_required', message, intent)
    }
    intent.status = 'requires_payment_method'
    const message = 'Your card was declined.'
    intent.last_payment_error = { code: 'card_declined', decline_code: 'generic_decline', message }
    return cardError('card_declined', message, intent, { decline_code: 'generic_decline' })
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

  function saveCard(customer: string): Obj {
    const card = {
      id: next('pm'),
      object: 'payment_method',
      type: 'card',
      customer,
      card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 },
    }
    paymentMethods.set(card.id, card)
    return card
  }

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const url = new URL(request.url ?? '/', 'http://stripe.test')
    const body = formToObject(Buffer.concat(chunks).toString('utf8'))
    const method = request.method ?? 'GET'
    const idempotencyKey = request.headers['idempotency-key'] as string | undefined
    calls.push({ method, path: url.pathname, body, idempotencyKey })
    const held = holds.findIndex((h) => url.pathname.startsWith(h.path) && h.match(body))
    if (held >= 0) {
      const [hold] = holds.splice(held, 1)
      hold.reached()
      await hold.released
    }
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
    customers,
    portalSessions,
    /** How the off-session charges of this customer (or this one card) end from now on. */
    chargeOutcome(customerOrCard: string, outcome: CardOutcome) {
      outcomes.set(customerOrCard, outcome)
    },
    /** The customer's saved cards. */
    cardsOf: (customer: string) =>
      [...paymentMethods.values()].filter((card) => card.customer === customer),
    /** A card saved for the customer outside Checkout (the billing portal). */
    saveCard: (customer: string) => saveCard(customer),
    /** The next `count` calls under `path` fail. */
    failNext: (path: string, fault: 500 | 'timeout', count = 1) => {
      for (let i = 0; i < count; i++) faults.push({ path, fault })
    },
    /**
     * The next call under `path` (whose body `match`es) waits, unanswered, until the test releases
     * it: what the caller holds open meanwhile can be looked at. `reached` resolves on its arrival.
     */
    holdNext(path: string, match: (body: Obj) => boolean = () => true) {
      let reached!: () => void
      let release!: () => void
      const arrived = new Promise<void>((resolve) => {
        reached = resolve
      })
      const released = new Promise<void>((resolve) => {
        release = resolve
      })
      holds.push({ path, match, reached, released })
      return { reached: arrived, release }
    },
    /** The client pays on Stripe's page: the session completes with a PaymentIntent and a charge. */
    pay(sessionId: string): Obj {
      const session = sessions.get(sessionId)!
      const intentData = session.payment_intent_data as Obj | undefined
      // Paid in a session for a customer that asked to keep the card: the card is saved.
      const card =
        session.customer && intentData?.setup_future_usage === 'off_session'
          ? saveCard(String(session.customer))
          : null
      const intent = {
        id: next('pi'),
        object: 'payment_intent',
        amount: session.amount_total,
        currency: session.currency,
        status: 'succeeded',
        metadata: intentData?.metadata ?? {},
        latest_charge: next('ch'),
        ...(session.customer ? { customer: session.customer } : {}),
        ...(card ? { payment_method: card.id, setup_future_usage: 'off_session' } : {}),
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
