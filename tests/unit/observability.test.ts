import { Writable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import type { SanitizedConfig } from 'payload'
import { routeLabel } from '@/shared/http/routeLabel'
import { jsonLogger, productionLogger } from '@/shared/observability/productionLogger'
import {
  currentRequestId,
  outsideRequest,
  requestIdFrom,
  withRequestId,
} from '@/shared/observability/requestId'

describe('request ids', () => {
  it("keeps a proxy's sane id and replaces anything else with a fresh UUID", () => {
    for (const sane of ['abc', 'caddy-7f3a.01:req@edge', 'A_b-C.d', 'x'.repeat(128)])
      expect(requestIdFrom(sane)).toBe(sane)
    expect(requestIdFrom('  padded  ')).toBe('padded')
    for (const absurd of [
      null,
      undefined,
      '',
      ' ',
      'x'.repeat(129),
      'two words',
      'a\nb',
      '{"a":1}',
      'é',
    ])
      expect([absurd, requestIdFrom(absurd)]).toEqual([
        absurd,
        expect.stringMatching(/^[0-9a-f-]{36}$/),
      ])
  })
})

describe('work started while serving a request', () => {
  it('carries the id, unless started outside the request (background loops)', async () => {
    const seen = await withRequestId('req-2', async () => {
      const inside = new Promise((resolve) => setTimeout(() => resolve(currentRequestId()), 1))
      const loop = outsideRequest(
        () => new Promise((resolve) => setTimeout(() => resolve(currentRequestId()), 1)),
      )
      return Promise.all([inside, loop, Promise.resolve(currentRequestId())])
    })
    expect(seen).toEqual(['req-2', undefined, 'req-2'])
  })
})

describe('the production logger', () => {
  it('is JSON only in production; development keeps Payload’s pretty log', () => {
    expect(productionLogger({ NODE_ENV: 'development' })).toBeUndefined()
    expect(productionLogger({})).toBeUndefined()
    expect(productionLogger({ NODE_ENV: 'production', LOG_LEVEL: 'warn' })?.level).toBe('warn')
    expect(() => productionLogger({ NODE_ENV: 'production', LOG_LEVEL: 'loud' })).toThrow(
      /^LOG_LEVEL: one of .*info.* not loud$/,
    )
  })

  it('writes one JSON object a line, with the id of the request being served', async () => {
    const written: string[] = []
    const stream = new Writable({
      write(chunk, _encoding, done) {
        written.push(...String(chunk).split('\n').filter(Boolean))
        done()
      },
    })
    const logger = jsonLogger(stream)
    logger.info('outside any request')
    await withRequestId('req-1', async () => {
      await Promise.resolve()
      logger.warn({ order: 7 }, 'inside, after an await')
    })
    const [outside, inside] = written.map((line) => JSON.parse(line))
    expect(outside).toMatchObject({ level: 30, msg: 'outside any request' })
    expect(outside.requestId).toBeUndefined()
    expect(inside).toMatchObject({
      level: 40,
      msg: 'inside, after an await',
      order: 7,
      requestId: 'req-1',
    })
    expect(inside.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })
})

describe('route labels', () => {
  const endpoint = (path: string, method = 'get') => ({
    path,
    method,
    handler: () => new Response(),
  })
  const config = {
    routes: { api: '/api' },
    collections: [
      {
        slug: 'orders',
        endpoints: [endpoint('/'), endpoint('/:id'), endpoint('/:id/delivery-note')],
      },
      { slug: 'users', endpoints: [endpoint('/login', 'post'), endpoint('/access/:id?')] },
    ],
    globals: [{ slug: 'settings', endpoints: [endpoint('/')] }],
    endpoints: [endpoint('/health/live'), endpoint('/telegram/webhook', 'post')],
  } as unknown as SanitizedConfig

  it('names the endpoint as declared, never the ids in the path', () => {
    expect(routeLabel(config, 'GET', '/api/orders')).toBe('/orders')
    expect(routeLabel(config, 'GET', '/api/orders/')).toBe('/orders')
    expect(routeLabel(config, 'GET', '/api/orders/123')).toBe('/orders/:id')
    expect(routeLabel(config, 'GET', '/api/orders/99/delivery-note')).toBe(
      '/orders/:id/delivery-note',
    )
    expect(routeLabel(config, 'POST', '/api/users/login')).toBe('/users/login')
    expect(routeLabel(config, 'GET', '/api/users/access')).toBe('/users/access/:id?')
    expect(routeLabel(config, 'GET', '/api/users/access/5')).toBe('/users/access/:id?')
    expect(routeLabel(config, 'GET', '/api/globals/settings')).toBe('/globals/settings')
    expect(routeLabel(config, 'GET', '/api/health/live')).toBe('/health/live')
    expect(routeLabel(config, 'POST', '/api/telegram/webhook')).toBe('/telegram/webhook')
  })

  it('gives whatever no endpoint serves one of a few fixed labels', () => {
    expect(routeLabel(config, 'GET', '/api/no-such/thing')).toBe('unmatched')
    expect(routeLabel(config, 'GET', '/api/telegram/webhook')).toBe('unmatched')
    expect(routeLabel(config, 'DELETE', '/api/orders/1/anything/else')).toBe('/orders/unmatched')
    expect(routeLabel(config, 'GET', '/api/globals/nope')).toBe('unmatched')
    expect(routeLabel(config, 'GET', '/elsewhere')).toBe('unmatched')
  })
})
