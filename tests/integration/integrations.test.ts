import { integrationRenderers } from '@commerce/integrations/alertRenderer'
import { integrationClient } from '@commerce/integrations/client'
import { IntegrationError } from '@commerce/integrations/integrationError'
import { integrationStatus } from '@commerce/integrations/status'
import { createOutboxDispatcher } from '@commerce/outbox/dispatcher'
import { enqueue } from '@commerce/outbox/enqueue'
import type { TopicRenderer } from '@commerce/outbox/rendering'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Api } from 'grammy'
import type { Payload } from 'payload'
import { z } from 'zod'
import { forgetDeadLetterAlerts } from '../support/deadLetterAlerts'
import { type FakeOutsideSystem, startFakeOutsideSystem } from '../support/fakeOutsideSystem'
import { type FakeTelegram, startFakeTelegram } from '../support/fakeTelegram'
import { makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

const STAFF_CHAT = -100_870_000_001
const Stock = z.object({
  items: z.array(z.object({ sku: z.string(), available: z.number().int() })),
})

let payload: Payload
let outside: FakeOutsideSystem
let telegram: FakeTelegram
let rest: RestServer
let api: Api
let previousChat: number | null | undefined

beforeAll(async () => {
  payload = await openPayload()
  outside = await startFakeOutsideSystem()
  telegram = await startFakeTelegram()
  rest = await startRestServer()
  api = new Api('123:TEST', { apiRoot: telegram.apiRoot })
  previousChat = (await payload.findGlobal({ slug: 'settings' })).adminChatId
  await payload.updateGlobal({ slug: 'settings', data: { adminChatId: STAFF_CHAT } })
})
afterAll(async () => {
  if (payload) await forgetDeadLetterAlerts(payload)
  await payload?.updateGlobal({ slug: 'settings', data: { adminChatId: previousChat ?? null } })
  await Promise.all([outside?.close(), telegram?.close(), rest?.close()])
  await closePayload(payload)
})
beforeEach(async () => {
  await dispatcher().drain()
  outside.calls.length = 0
  telegram.calls.length = 0
})

const client = (integration = unique('wh-'), timeoutMs = 2_000) =>
  integrationClient({ payload, integration, baseUrl: outside.url, timeoutMs, retries: 2 })

const pull = (of = client()) =>
  of.request({ call: 'pull stock', path: '/stock', query: { page: 1 }, response: Stock })

/** A renderer that posts the row's body to the fake system, as a feature's would. */
const renderers: Record<string, TopicRenderer> = {
  ...integrationRenderers,
  'test.call': (row) => ({
    call: {
      integration: String(row.payload.integration),
      name: `send ${row.payload.sku}`,
      perform: async () => {
        await client(String(row.payload.integration)).request({
          call: 'send',
          method: 'POST',
          path: '/picks',
          body: row.payload,
          idempotencyKey: `pick:${row.payload.sku}`,
          response: z.object({ ok: z.literal(true) }),
        })
      },
    },
  }),
}
const dispatcher = () => createOutboxDispatcher({ payload, api, renderers, maxAttempts: 2 })

async function failures(integration: string) {
  const { docs } = await payload.find({
    collection: 'integration-failures',
    where: { integration: { equals: integration } },
    // By call: calls run side by side, so they fail, and are parked, in any order.
    sort: 'call',
    depth: 0,
  })
  return docs
}

describe('the integration client', () => {
  it('returns an answer that matches its contract and records the success', async () => {
    const warehouse = client()
    outside.answer({ body: { items: [{ sku: 'B-1', available: 4 }] } })
    await expect(pull(warehouse)).resolves.toEqual({ items: [{ sku: 'B-1', available: 4 }] })
    expect(outside.calls[0].path).toBe('/stock?page=1')
    const status = await integrationStatus(payload, warehouse.integration)
    expect(status.failuresInRow).toBe(0)
    expect(status.lastSuccessAt).toBeInstanceOf(Date)
  })

  it('asks again after a 5xx and a 429 with the same idempotency key, and gets the answer', async () => {
    outside.answer(
      { status: 503, body: {} },
      { status: 429, body: {}, headers: { 'retry-after': '0' } },
    )
    const answer = await client().request({
      call: 'request pick',
      method: 'POST',
      path: '/picks',
      body: { order: 7 },
      idempotencyKey: 'pick:7',
      response: z.object({ ok: z.boolean() }),
    })
    expect(answer).toEqual({ ok: true })
    expect(outside.calls.map((call) => call.headers['idempotency-key'])).toEqual([
      'pick:7',
      'pick:7',
      'pick:7',
    ])
  })

  it('does not repeat a refusal, and counts failures in a row until a success', async () => {
    const warehouse = client()
    outside.answer({ status: 400, body: { error: 'unknown warehouse' } }, { status: 404, body: {} })
    const refused = await pull(warehouse).catch((error) => error)
    expect(refused).toBeInstanceOf(IntegrationError)
    expect(refused).toMatchObject({ retryable: false, status: 400 })
    expect(refused.message).toContain('unknown warehouse')
    await expect(pull(warehouse)).rejects.toThrow('HTTP 404')
    expect(outside.calls).toHaveLength(2)
    expect((await integrationStatus(payload, warehouse.integration)).failuresInRow).toBe(2)
    outside.answer({ body: { items: [] } })
    await pull(warehouse)
    expect((await integrationStatus(payload, warehouse.integration)).failuresInRow).toBe(0)
  })

  it('gives up on a system that does not answer in time, after its tries', async () => {
    const slow = client(unique('slow-'), 150)
    outside.answer({ delayMs: 600 }, { delayMs: 600 }, { delayMs: 600 })
    const error = await pull(slow).catch((failure) => failure)
    expect(error).toMatchObject({ retryable: true })
    expect(error.message).toContain('no answer within 150 ms')
    expect(outside.calls).toHaveLength(3)
    expect((await integrationStatus(payload, slow.integration)).lastError).toContain('no answer')
  })

  it('refuses an answer that is not JSON, or not of the contract, naming the difference', async () => {
    outside.answer({ raw: '<html>502 Bad Gateway</html>' })
    await expect(pull()).rejects.toThrow(/not JSON: <html>502/)
    outside.answer({ body: { items: [{ sku: 'B-1', available: 'lots' }] } })
    await expect(pull()).rejects.toThrow(/items\.0\.available: /)
    outside.answer({ body: { items: [{ sku: 'B-1', available: -2.5 }] } })
    await expect(pull()).rejects.toThrow(/items\.0\.available/)
    // Neither is asked again: the same request would get the same answer.
    expect(outside.calls).toHaveLength(3)
  })
})

describe('calls through the outbox', () => {
  it('makes the call after commit and marks the row sent', async () => {
    const integration = unique('wh-')
    await enqueue(payload, 'test.call', { integration, sku: 'OK-1' })
    await dispatcher().drain()
    expect(outside.calls.map((call) => call.body)).toEqual([{ integration, sku: 'OK-1' }])
    expect(await failures(integration)).toEqual([])
  })

  it('parks a refused call as a dead letter, tells staff once for a storm, and lets a manager retry it', async () => {
    const integration = unique('wh-')
    outside.answer(
      ...Array.from({ length: 3 }, () => ({ status: 422, body: { error: 'no such SKU' } })),
    )
    for (const sku of ['BAD-1', 'BAD-2', 'BAD-3'])
      await enqueue(payload, 'test.call', { integration, sku })
    await dispatcher().drain()
    const parked = await failures(integration)
    expect(parked.map((failure) => [failure.call, failure.status, failure.attempts])).toEqual([
      ['send BAD-1', 'open', 1],
      ['send BAD-2', 'open', 1],
      ['send BAD-3', 'open', 1],
    ])
    expect(parked[0].error).toContain('no such SKU')
    expect(parked[0].payload).toEqual({ integration, sku: 'BAD-1' })
    const alerts = telegram.sent(STAFF_CHAT).map((call) => String(call.params.text))
    // One message for the storm: calls run side by side, so the last may come in the next minute's.
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toContain(`${integration} · send BAD-1`)
    expect(alerts[0]).toContain('no such SKU')

    // A fourth failure within the minute waits for the next alert instead of a message of its own.
    outside.answer({ status: 422, body: {} })
    await enqueue(payload, 'test.call', { integration, sku: 'BAD-4' })
    await dispatcher().runOnce()
    await new Promise((resolve) => setTimeout(resolve, 200))
    await dispatcher().runOnce()
    expect(telegram.sent(STAFF_CHAT)).toHaveLength(1)
    const { docs: waiting } = await payload.find({
      collection: 'outbox',
      where: { topic: { equals: 'integrations.dead_letters' }, status: { equals: 'pending' } },
    })
    expect(waiting).toHaveLength(1)
    expect(new Date(waiting[0].availableAt!).getTime()).toBeGreaterThan(Date.now() + 50_000)

    const manager = await makeUser(payload, 'manager')
    const accountant = await makeUser(payload, 'accountant')
    const asManager = await login(rest.url, manager.email, PASSWORD)
    const asAccountant = await login(rest.url, accountant.email, PASSWORD)
    const post = (path: string, headers?: Record<string, string>) =>
      fetch(`${rest.url}/integration-failures/${path}`, { method: 'POST', headers })

    expect((await post(`${parked[0].id}/retry`, asAccountant)).status).toBe(403)
    expect((await post(`${parked[0].id}/retry`)).status).toBe(401)
    expect((await post('999999999/retry', asManager)).status).toBe(404)
    expect((await post('nonsense/dismiss', asManager)).status).toBe(404)

    const [retried, again] = await Promise.all([
      post(`${parked[0].id}/retry`, asManager),
      post(`${parked[0].id}/retry`, asManager),
    ])
    expect([retried.status, again.status].sort()).toEqual([200, 409])
    expect((await post(`${parked[1].id}/dismiss`, asManager)).status).toBe(200)
    const refusal = await post(`${parked[1].id}/retry`, asManager)
    expect(refusal.status).toBe(409)
    expect(JSON.stringify(await refusal.json())).toContain('already dismissed')

    outside.calls.length = 0
    await dispatcher().runOnce()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(outside.calls.map((call) => call.body)).toEqual([{ integration, sku: 'BAD-1' }])
    const after = await failures(integration)
    expect(after.map((failure) => failure.status)).toEqual(['retried', 'dismissed', 'open', 'open'])
    expect(after[0].handledBy).toBe(manager.id)

    await forgetDeadLetterAlerts(payload)
  })

  it('tries a failure that may pass again, then parks it after the last try', async () => {
    const integration = unique('wh-')
    outside.answer(...Array.from({ length: 6 }, () => ({ status: 503, body: {} })))
    await enqueue(payload, 'test.call', { integration, sku: 'FLAKY-1' })
    await dispatcher().drain()
    const [parked] = await failures(integration)
    expect(parked).toMatchObject({ status: 'open', attempts: 2 })
    expect(parked.error).toContain('HTTP 503')
    // Each outbox try is the client's three.
    expect(outside.calls).toHaveLength(6)
  })

  it('shows each system in /api/health: last success and failures in a row', async () => {
    const warehouse = client()
    outside.answer({ body: { items: [] } }, { status: 400, body: {} })
    await pull(warehouse)
    await pull(warehouse).catch(() => null)
    const health = (await (await fetch(`${rest.url}/health`)).json()) as {
      integrations: Record<string, { lastSuccess: string | null; failuresInRow: number }>
    }
    expect(health.integrations[warehouse.integration]).toMatchObject({ failuresInRow: 1 })
    expect(Date.parse(health.integrations[warehouse.integration].lastSuccess!)).toBeGreaterThan(
      Date.now() - 60_000,
    )
  })
})
