import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { countTelegramThrottle } from '@/shared/observability/metrics'
import { type FakeTelegram, startFakeTelegram } from '../support/fakeTelegram'
import { closePayload, openPayload, unique } from '../support/payload'
import { type RestServer, startRestServer } from '../support/restServer'

const TOKEN = 'metrics-token-for-tests-0123456789'
const WEBHOOK_URL = 'https://tandir.test/api/telegram/webhook'
const ENV = {
  METRICS_TOKEN: TOKEN,
  TELEGRAM_BOT_TOKEN: '123456:observability-test',
  TELEGRAM_WEBHOOK_SECRET: 'observability-secret',
  TELEGRAM_WEBHOOK_URL: WEBHOOK_URL,
  TELEGRAM_BOT_INFO: '{"id":1000,"is_bot":true,"first_name":"Tandir","username":"tandir_test_bot"}',
  // Notifications are not what this file is about: the outbox rows it writes stay where they are.
  TANDIR_OUTBOX_DISPATCHER: 'off',
}

let payload: Payload
let server: RestServer
let telegram: FakeTelegram

beforeAll(async () => {
  telegram = await startFakeTelegram()
  Object.assign(process.env, ENV, { TELEGRAM_API_ROOT: telegram.apiRoot })
  payload = await openPayload()
  server = await startRestServer()
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
  await telegram?.close()
  for (const name of [...Object.keys(ENV), 'TELEGRAM_API_ROOT']) delete process.env[name]
})

const get = (route: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${route}`, { headers })

async function scrape(): Promise<string> {
  const response = await get('/metrics', { authorization: `Bearer ${TOKEN}` })
  expect(response.status).toBe(200)
  return response.text()
}

/** A sample's value in Prometheus text (`name{labels} value`); 0 when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`)
  const line = text
    .split('\n')
    .find(
      (each) =>
        (each.startsWith(`${name}{`) || each.startsWith(`${name} `)) &&
        wanted.every((pair) => each.includes(pair)),
    )
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0
}

describe('request ids', () => {
  it('echoes a sane X-Request-Id from the caller', async () => {
    const response = await get('/health/live', { 'x-request-id': 'caddy-7f3a.01:req@edge' })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toBe('caddy-7f3a.01:req@edge')
  })

  it('makes one when the caller sends none, a new one each time', async () => {
    const first = (await get('/health/live')).headers.get('x-request-id')
    const second = (await get('/health/live')).headers.get('x-request-id')
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(second).toMatch(/^[0-9a-f-]{36}$/)
    expect(first).not.toBe(second)
  })

  it('replaces an absurd one (too long, or with characters that could forge a log line)', async () => {
    for (const absurd of [
      'a'.repeat(129),
      '<script>alert(1)</script>',
      'two words',
      '{"level":60}',
    ]) {
      const echoed = (await get('/health/live', { 'x-request-id': absurd })).headers.get(
        'x-request-id',
      )
      expect([absurd.slice(0, 20), echoed]).toEqual([
        absurd.slice(0, 20),
        expect.stringMatching(/^[0-9a-f-]{36}$/),
      ])
    }
  })

  it('carries an id on refusals and on answers from Payload itself', async () => {
    const refused = await fetch(`${server.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'refused-1' },
      body: '[1, 2]',
    })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('x-request-id')).toBe('refused-1')
    const forbidden = await get('/orders', { 'x-request-id': 'forbidden-1' })
    expect(forbidden.status).toBe(403)
    expect(forbidden.headers.get('x-request-id')).toBe('forbidden-1')
  })
})

describe('readiness', () => {
  it('is 503 naming the Telegram webhook while Telegram delivers elsewhere, 200 once it is set', async () => {
    const before = await get('/health/ready')
    expect(before.status).toBe(503)
    const unset = (await before.json()) as Record<string, unknown>
    expect(unset).toMatchObject({
      status: 'error',
      failing: ['telegramWebhook'],
      database: 'up',
      telegramWebhook: { mode: 'webhook', set: false, registered: '' },
    })
    // The real command an operator runs, against the fake Bot API (which answers from this
    // process, so the command runs asynchronously).
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.resolve('scripts/bot-webhook.ts')],
      { env: { ...process.env }, timeout: 60_000 },
    )
    const after = await get('/health/ready')
    expect(after.status).toBe(200)
    expect(await after.json()).toMatchObject({
      status: 'ok',
      database: 'up',
      migrations: 'applied',
      telegramWebhook: { mode: 'webhook', set: true },
    })
  })

  it('reports when each integration last worked, as times', async () => {
    const sent = await payload.create({
      collection: 'outbox',
      data: { topic: 'test.observability', payload: {}, status: 'sent' },
    })
    await sqlDatabase(payload).execute(sql`update outbox set sent_at = now() where id = ${sent.id}`)
    const body = (await (await get('/health/ready')).json()) as {
      lastSuccess: Record<string, string | null>
    }
    expect(Object.keys(body.lastSuccess).sort()).toEqual([
      'courierWebhook',
      'stripeWebhook',
      'telegramSend',
      'telegramUpdate',
    ])
    expect(Date.now() - Date.parse(body.lastSuccess.telegramSend ?? '')).toBeLessThan(60_000)
  })

  it('is 503 naming the migration the database lacks', async () => {
    const db = sqlDatabase(payload)
    const { rows } = await db.execute<{ name: string }>(
      sql`select name from payload_migrations order by id desc limit 1`,
    )
    const last = rows[0].name
    await db.execute(
      sql`update payload_migrations set name = name || '-hidden' where name = ${last}`,
    )
    try {
      const response = await get('/health/ready')
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({
        status: 'error',
        failing: ['migrations'],
        migrations: { missing: [last] },
      })
      // The image's health check asks /api/health: the same answer.
      expect((await get('/health')).status).toBe(503)
    } finally {
      await db.execute(
        sql`update payload_migrations set name = ${last} where name = ${`${last}-hidden`}`,
      )
    }
    expect((await get('/health')).status).toBe(200)
  })

  it('is 503 while the server drains, liveness stays 200', async () => {
    const { markDraining, drainingSince } = await import('@/shared/observability/draining')
    const flag = drainingSince()
    expect(flag).toBeNull()
    markDraining()
    try {
      const response = await get('/health/ready')
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ failing: ['draining'] })
      expect((await get('/health/live')).status).toBe(200)
    } finally {
      // Only a test undoes it: a draining process never comes back.
      ;(globalThis as Record<symbol, { since: Date | null }>)[Symbol.for('tandir.draining')].since =
        null
    }
    expect((await get('/health/ready')).status).toBe(200)
  })
})

describe('GET /api/metrics', () => {
  it('refuses a missing, wrong or absurd bearer token with 401', async () => {
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(1)}`,
      `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`,
      `Bearer ${'x'.repeat(10_000)}`,
      TOKEN,
    ]) {
      const response = await get('/metrics', authorization ? { authorization } : {})
      expect([authorization?.slice(0, 30), response.status]).toEqual([
        authorization?.slice(0, 30),
        401,
      ])
      expect(await response.json()).toEqual({
        error: expect.stringContaining('bearer token'),
      })
    }
  })

  it('serves Prometheus text with every figure named in the issue', async () => {
    const response = await get('/metrics', { authorization: `Bearer ${TOKEN}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await response.text()
    for (const name of [
      'tandir_http_requests_total',
      'tandir_http_request_duration_seconds_bucket',
      'tandir_outbox_pending',
      'tandir_outbox_oldest_pending_age_seconds',
      'tandir_outbox_dead',
      'tandir_telegram_throttled_total',
      'tandir_webhook_failures_total',
      'tandir_process_resident_memory_bytes',
    ])
      expect([name, text.includes(`# TYPE ${name.replace(/_bucket$/, '')} `)]).toEqual([name, true])
  })

  it('counts requests by method, endpoint and status, never by id', async () => {
    const before = await scrape()
    for (let i = 0; i < 3; i++) await get('/health/live')
    for (const id of [987654321, 123456789]) await get(`/orders/${id}`)
    await get(`/no-such-endpoint/${unique()}`)
    const after = await scrape()
    const live = { method: 'GET', route: '/health/live', status: '200' }
    expect(sample(after, 'tandir_http_requests_total', live)).toBe(
      sample(before, 'tandir_http_requests_total', live) + 3,
    )
    const byId = { method: 'GET', route: '/orders/:id', status: '403' }
    expect(sample(after, 'tandir_http_requests_total', byId)).toBe(
      sample(before, 'tandir_http_requests_total', byId) + 2,
    )
    expect(after).not.toContain('987654321')
    expect(after).not.toContain('no-such-endpoint')
    expect(sample(after, 'tandir_http_requests_total', { route: 'unmatched' })).toBeGreaterThan(0)
    const timed = { method: 'GET', route: '/health/live' }
    expect(sample(after, 'tandir_http_request_duration_seconds_count', timed)).toBe(
      sample(before, 'tandir_http_request_duration_seconds_count', timed) + 3,
    )
  })

  it("reads the outbox's depth, its oldest row's age and its dead letters from the database", async () => {
    const before = await scrape()
    await payload.create({
      collection: 'outbox',
      data: { topic: 'test.observability', payload: {}, status: 'pending' },
    })
    const dead = await payload.create({
      collection: 'outbox',
      data: { topic: 'test.observability', payload: {}, status: 'dead' },
    })
    // An hour old: the age reported is the oldest pending row's, whatever else waits.
    const pending = await payload.create({
      collection: 'outbox',
      data: { topic: 'test.observability', payload: {}, status: 'pending' },
    })
    await sqlDatabase(payload).execute(
      sql`update outbox set created_at = now() - interval '1 hour' where id = ${pending.id}`,
    )
    const after = await scrape()
    expect(sample(after, 'tandir_outbox_pending')).toBe(sample(before, 'tandir_outbox_pending') + 2)
    expect(sample(after, 'tandir_outbox_dead')).toBe(sample(before, 'tandir_outbox_dead') + 1)
    expect(sample(after, 'tandir_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(3600)
    await sqlDatabase(payload).execute(
      sql`delete from outbox where id in (${pending.id}, ${dead.id}) or topic = 'test.observability'`,
    )
  })

  it("counts Telegram's 429s as the sender reports them", async () => {
    const before = sample(await scrape(), 'tandir_telegram_throttled_total')
    countTelegramThrottle()
    countTelegramThrottle()
    expect(sample(await scrape(), 'tandir_telegram_throttled_total')).toBe(before + 2)
  })

  it('counts webhook calls answered with a non-2xx status, by webhook', async () => {
    const before = await scrape()
    const refused = await fetch(`${server.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify({ update_id: 1 }),
    })
    expect(refused.status).toBe(401)
    // Card payments are off here: Stripe's webhook answers 503, and Stripe would send it again.
    const stripe = await fetch(`${server.url}/stripe/webhook`, { method: 'POST', body: '{}' })
    expect(stripe.status).toBe(503)
    const after = await scrape()
    const telegramFailure = { webhook: 'telegram', status: '401' }
    expect(sample(after, 'tandir_webhook_failures_total', telegramFailure)).toBe(
      sample(before, 'tandir_webhook_failures_total', telegramFailure) + 1,
    )
    const stripeFailure = { webhook: 'stripe', status: '503' }
    expect(sample(after, 'tandir_webhook_failures_total', stripeFailure)).toBe(
      sample(before, 'tandir_webhook_failures_total', stripeFailure) + 1,
    )
  })
})
