import { courierApi } from '@commerce/features/courier/courierApi'
import type { CreateDeliveryRequest } from '@commerce/features/courier/courierContract'
import { IntegrationError } from '@commerce/integrations/integrationError'
import { integrationStatus } from '@commerce/integrations/status'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { type FakeCourier, startFakeCourier } from '../support/fakeCourier'
import { closePayload, openPayload, unique } from '../support/payload'
import { type RestServer, startRestServer } from '../support/restServer'

/**
 * The courier adapter's contract. Against the fake by default; with COURIER_API_URL and
 * COURIER_API_KEY set when the run starts, the same calls go to that service (a sandbox), and the
 * tests that need the fake's faults are skipped.
 */
const SANDBOX = process.env.COURIER_API_URL
  ? { apiUrl: process.env.COURIER_API_URL, apiKey: process.env.COURIER_API_KEY }
  : null
const withFake = SANDBOX ? it.skip : it

let payload: Payload
let fake: FakeCourier | undefined
let settings: { apiUrl: string; apiKey?: string }

beforeAll(async () => {
  payload = await openPayload()
  if (!SANDBOX) fake = await startFakeCourier({ apiKey: 'contract-key', webhookSecret: 'unused' })
  settings = SANDBOX ?? { apiUrl: fake!.apiUrl, apiKey: 'contract-key' }
})
afterAll(async () => {
  await fake?.close()
  await closePayload(payload)
})
beforeEach(() => fake?.clearFaults())

const api = (overrides: { timeoutMs?: number; retries?: number; apiKey?: string } = {}) =>
  courierApi(payload, { timeoutMs: 1_000, retries: 2, ...settings, ...overrides })!

const request = (): CreateDeliveryRequest => ({
  reference: unique('contract-'),
  number: 4242,
  deliverOn: '2038-05-02',
  dropoff: { address: 'Chilonzor 9, 3', contactName: 'Dilshod', phone: '+998901234567' },
  value: 9_600_000,
  currency: 'UZS',
  note: null,
})

/** The error a call ends with. */
async function failureOf(call: Promise<unknown>): Promise<IntegrationError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(IntegrationError)
  return error as IntegrationError
}

describe('the courier contract', () => {
  it('creates a delivery and answers its id, status and tracking link', async () => {
    const answer = await api().createDelivery(request(), unique('key-'))
    expect(answer.id).toEqual(expect.any(String))
    expect(['requested', 'assigned']).toContain(answer.status)
    if (answer.tracking_url) expect(answer.tracking_url).toMatch(/^https?:\/\//)
  })

  it('answers a repeated idempotency key with the same delivery', async () => {
    const key = unique('key-')
    const asked = request()
    const first = await api().createDelivery(asked, key)
    const again = await api().createDelivery(asked, key)
    expect(again.id).toBe(first.id)
  })

  it('cancels a delivery, and says so again when asked twice', async () => {
    const { id } = await api().createDelivery(request(), unique('key-'))
    const key = unique('cancel-')
    expect((await api().cancelDelivery(id, key)).status).toBe('cancelled')
    expect((await api().cancelDelivery(id, key)).status).toBe('cancelled')
  })

  it('refuses to cancel a delivery it does not know, for good (no retry)', async () => {
    const error = await failureOf(api().cancelDelivery('dlv_no_such', unique('cancel-')))
    expect(error).toMatchObject({
      integration: 'courier',
      call: 'cancel delivery',
      retryable: false,
    })
    expect(error.status).toBe(404)
  })

  it('refuses a wrong API key, for good', async () => {
    const error = await failureOf(
      api({ apiKey: 'not-the-key' }).createDelivery(request(), unique('key-')),
    )
    expect(error).toMatchObject({ retryable: false, status: 401 })
  })
})

describe('the courier adapter against faults', () => {
  withFake('waits out a timeout and a 5xx, then takes the answer', async () => {
    fake!.fail('/deliveries', 'timeout', '5xx')
    const asked = request()
    const answer = await api().createDelivery(asked, unique('key-'))
    expect(fake!.deliveryFor(asked.reference)?.id).toBe(answer.id)
    expect(await integrationStatus(payload, 'courier')).toMatchObject({ failuresInRow: 0 })
  })

  withFake('gives up after its tries, retryable, with the failures counted', async () => {
    fake!.fail('/deliveries', '5xx', '5xx', '5xx')
    const error = await failureOf(api().createDelivery(request(), unique('key-')))
    expect(error).toMatchObject({ retryable: true, status: 503 })
    expect((await integrationStatus(payload, 'courier')).failuresInRow).toBeGreaterThanOrEqual(1)
  })

  withFake('refuses an answer off the contract at once, naming the fields', async () => {
    fake!.fail('/deliveries', 'malformed')
    const error = await failureOf(api().createDelivery(request(), unique('key-')))
    expect(error.retryable).toBe(false)
    expect(error.message).toMatch(/does not match the contract/)
    expect(error.message).toMatch(/id/)
    expect(error.message).toMatch(/status/)
  })

  withFake('refuses an answer that is not JSON at once', async () => {
    fake!.fail('/deliveries', 'garbage')
    const error = await failureOf(api().createDelivery(request(), unique('key-')))
    expect(error).toMatchObject({ retryable: false })
    expect(error.message).toMatch(/not JSON/)
  })

  withFake('makes one delivery when a success is answered with a 502', async () => {
    fake!.fail('/deliveries', 'lost_answer')
    const asked = request()
    const key = unique('key-')
    const answer = await api().createDelivery(asked, key)
    expect(fake!.callsTo('/deliveries').filter((call) => call.idempotencyKey === key)).toHaveLength(
      2,
    )
    expect([...fake!.deliveries.values()].filter((d) => d.reference === asked.reference)).toEqual([
      expect.objectContaining({ id: answer.id }),
    ])
  })

  withFake('does not retry a refusal (4xx)', async () => {
    fake!.fail('/deliveries', '4xx')
    const key = unique('key-')
    const error = await failureOf(api().createDelivery(request(), key))
    expect(error).toMatchObject({ retryable: false, status: 422 })
    expect(fake!.callsTo('/deliveries').filter((call) => call.idempotencyKey === key)).toHaveLength(
      1,
    )
  })
})

describe('with no webhook secret set', () => {
  const unset = process.env.COURIER_WEBHOOK_SECRET ? it.skip : it
  let rest: RestServer
  beforeAll(async () => {
    rest = await startRestServer()
  })
  afterAll(() => rest?.close())

  unset('the webhook answers 503 saying which variable is missing', async () => {
    const response = await fetch(`${rest.url}/integrations/courier/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({
      errors: [{ message: 'The courier is off: COURIER_WEBHOOK_SECRET is not set' }],
    })
  })
})
