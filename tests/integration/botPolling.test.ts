import { startPolling } from '@commerce/bot/startPolling'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { type FakeTelegram, startFakeTelegram } from '../support/fakeTelegram'
import { closePayload, openPayload } from '../support/payload'

let payload: Payload
let telegram: FakeTelegram

beforeAll(async () => {
  telegram = await startFakeTelegram()
  process.env.TELEGRAM_API_ROOT = telegram.apiRoot
  payload = await openPayload()
})
afterAll(async () => {
  await closePayload(payload)
  await telegram?.close()
  delete process.env.TELEGRAM_API_ROOT
})

describe('long polling for local development', () => {
  it('runs in one process only: the one holding the lock', async () => {
    await startPolling(payload, '123:TEST')
    await startPolling(payload, '123:TEST')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(telegram.calls.filter((call) => call.method === 'deleteWebhook')).toHaveLength(1)
    expect(telegram.calls.filter((call) => call.method === 'getUpdates').length).toBeGreaterThan(0)
  })
})
