import { createHmac, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

type Obj = Record<string, unknown>

/** What the fake does to the next call of a path, once each, in the order queued. */
export type CourierFault =
  /** Holds the answer past the client's timeout, then drops the connection. */
  | 'timeout'
  /** 503 Service Unavailable, nothing done. */
  | '5xx'
  /** 200 with a body that is not the contract's (`{ "id": 42 }`). */
  | 'malformed'
  /** 200 with text that is not JSON. */
  | 'garbage'
  /** Does the work, then answers 502: the client's retry is a duplicate of a call that succeeded. */
  | 'lost_answer'
  /** 422: a refusal no retry will change. */
  | '4xx'

export interface CourierDelivery {
  id: string
  reference: string
  status: string
  tracking_url: string
  request: Obj
}

export interface SentEvent {
  id: string
  raw: string
  signature: string
}

/**
 * A courier service on loopback, for the calls Tandir makes (create a delivery, cancel one) and
 * for its side of the webhook: `event` signs a status change with the shared secret and posts it
 * to Tandir, `replay` sends one again byte for byte. Creating insists on the API key and an
 * Idempotency-Key and answers a repeated key with the first delivery, as a real service should;
 * faults are queued per path.
 */
export async function startFakeCourier(options: {
  apiKey: string
  webhookSecret: string
  /** Where our webhook listens: `${api}/integrations/courier/webhook`. */
  webhookUrl?: string
  /** How long a `timeout` fault holds the answer. Default: 2 s. */
  holdMs?: number
}) {
  const deliveries = new Map<string, CourierDelivery>()
  const byKey = new Map<string, string>()
  const calls: { method: string; path: string; body: unknown; idempotencyKey?: string }[] = []
  const faults: { path: RegExp; fault: CourierFault }[] = []
  const sent = new Map<string, SentEvent>()
  const instance = Math.random().toString(36).slice(2, 8)
  let seq = 0
  let webhookUrl = options.webhookUrl

  function route(method: string, path: string, body: Obj, key: string | undefined) {
    if (method === 'POST' && path === '/deliveries') {
      if (!key) return { status: 400, body: { error: 'Idempotency-Key is required' } }
      const known = byKey.get(key)
      if (known) return { status: 200, body: answer(deliveries.get(known)!) }
      if (typeof body.reference !== 'string' || !body.dropoff)
        return { status: 422, body: { error: 'reference and dropoff are required' } }
      const id = `dlv_${instance}${++seq}`
      const delivery: CourierDelivery = {
        id,
        reference: body.reference,
        status: 'requested',
        tracking_url: `https://track.courier.test/${id}`,
        request: body,
      }
      deliveries.set(id, delivery)
      byKey.set(key, id)
      return { status: 201, body: answer(delivery) }
    }
    const cancel = /^\/deliveries\/([\w-]+)\/cancel$/.exec(path)
    if (method === 'POST' && cancel) {
      const delivery = deliveries.get(cancel[1])
      if (!delivery) return { status: 404, body: { error: 'no such delivery' } }
      if (delivery.status === 'delivered')
        return { status: 409, body: { error: 'the delivery is already delivered' } }
      delivery.status = 'cancelled'
      return { status: 200, body: answer(delivery) }
    }
    const read = /^\/deliveries\/([\w-]+)$/.exec(path)
    if (method === 'GET' && read) {
      const delivery = deliveries.get(read[1])
      return delivery
        ? { status: 200, body: answer(delivery) }
        : { status: 404, body: { error: 'no such delivery' } }
    }
    return { status: 404, body: { error: `no route ${method} ${path}` } }
  }

  const answer = (d: CourierDelivery) => ({
    id: d.id,
    status: d.status,
    tracking_url: d.tracking_url,
  })

  const server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(incoming.url ?? '/', 'http://fake')
    const key = incoming.headers['idempotency-key'] as string | undefined
    let body: Obj = {}
    try {
      body = text ? (JSON.parse(text) as Obj) : {}
    } catch {
      body = {}
    }
    calls.push({ method: incoming.method ?? 'GET', path: url.pathname, body, idempotencyKey: key })
    const send = (status: number, payload: unknown) => {
      outgoing.writeHead(status, { 'content-type': 'application/json' })
      outgoing.end(typeof payload === 'string' ? payload : JSON.stringify(payload))
    }
    if (incoming.headers.authorization !== `Bearer ${options.apiKey}`)
      return send(401, { error: 'bad API key' })
    const at = faults.findIndex((f) => f.path.test(url.pathname))
    const fault = at >= 0 ? faults.splice(at, 1)[0].fault : null
    if (fault === 'timeout') {
      setTimeout(() => outgoing.destroy(), options.holdMs ?? 2_000)
      return
    }
    if (fault === '5xx') return send(503, { error: 'courier is down for maintenance' })
    if (fault === '4xx') return send(422, { error: 'the address is outside our zone' })
    const result = route(incoming.method ?? 'GET', url.pathname, body, key)
    if (fault === 'malformed') return send(200, { id: 42 })
    if (fault === 'garbage') return send(200, '<html>502 Bad Gateway</html>')
    if (fault === 'lost_answer') return send(502, { error: 'upstream connection reset' })
    send(result.status, result.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  const sign = (raw: string, secret = options.webhookSecret) =>
    createHmac('sha256', secret).update(raw, 'utf8').digest('hex')

  async function post(raw: string, signature: string | null) {
    if (!webhookUrl) throw new Error('fake courier: no webhookUrl to send events to')
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (signature !== null) headers['x-courier-signature'] = `sha256=${signature}`
    return fetch(webhookUrl, { method: 'POST', headers, body: raw })
  }

  return {
    apiUrl: `http://127.0.0.1:${port}`,
    deliveries,
    calls,
    /** The calls made to a path (a string is matched exactly). */
    callsTo: (path: string | RegExp) =>
      calls.filter((call) =>
        typeof path === 'string' ? call.path === path : path.test(call.path),
      ),
    /** The next call to a path matching `path` meets `fault` (queue several for several calls). */
    fail(path: RegExp | string, ...queued: CourierFault[]) {
      const pattern = typeof path === 'string' ? new RegExp(`^${path}$`) : path
      for (const fault of queued) faults.push({ path: pattern, fault })
    },
    clearFaults: () => void faults.splice(0),
    setWebhookUrl(url: string) {
      webhookUrl = url
    },
    /** The delivery the fake made for our order `reference`. */
    deliveryFor: (reference: string | number) =>
      [...deliveries.values()].find((d) => d.reference === String(reference)),
    /**
     * Posts a signed status event for a delivery to Tandir, as the courier would, and returns
     * the answer. `signature: 'wrong'` signs with another secret, `'none'` sends no header.
     */
    async event(
      delivery: { id: string; reference?: string | null },
      status: string,
      extra: { id?: string; trackingUrl?: string | null; signature?: 'wrong' | 'none' } = {},
    ) {
      const known = deliveries.get(delivery.id)
      if (known && ['assigned', 'picked_up', 'delivered', 'failed', 'cancelled'].includes(status))
        known.status = status
      const id = extra.id ?? `evt_${randomUUID()}`
      const raw = JSON.stringify({
        id,
        type: 'delivery.status_changed',
        created_at: new Date().toISOString(),
        data: {
          delivery_id: delivery.id,
          reference: delivery.reference ?? known?.reference ?? null,
          status,
          ...(extra.trackingUrl !== undefined ? { tracking_url: extra.trackingUrl } : {}),
        },
      })
      const signature = sign(raw)
      sent.set(id, { id, raw, signature })
      if (extra.signature === 'none') return post(raw, null)
      return post(raw, extra.signature === 'wrong' ? sign(raw, 'not-the-secret') : signature)
    },
    /** Sends an event already sent, byte for byte with its signature, as a courier retrying does. */
    replay(id: string) {
      const event = sent.get(id)
      if (!event) throw new Error(`fake courier: no event ${id} was sent`)
      return post(event.raw, event.signature)
    },
    /** Posts any raw body, signed correctly: for bodies that are not events at all. */
    postRaw: (raw: string) => post(raw, sign(raw)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakeCourier = Awaited<ReturnType<typeof startFakeCourier>>
