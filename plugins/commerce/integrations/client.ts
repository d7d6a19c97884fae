import type { Payload } from 'payload'
import type { z } from 'zod'
import { contractDifferences, retryableStatus, retryDelayMs } from '@/domain/integrationRetry'
import { IntegrationError } from './integrationError'
import { recordFailure, recordSuccess } from './status'

export interface IntegrationClientOptions {
  payload: Payload
  /** The system's name in dead letters, logs and `/api/health`: `warehouse`, `courier`. */
  integration: string
  baseUrl: string
  headers?: Record<string, string>
  /** Per try. Default 10 s. */
  timeoutMs?: number
  /** Tries after the first, for what may succeed later (timeouts, network, 429, 5xx). Default 2. */
  retries?: number
}

export interface IntegrationRequest<T> {
  /** What is being done, named for people: `pull stock`, `request delivery`. */
  call: string
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  query?: Record<string, string | number | undefined>
  body?: unknown
  /** Sent as `Idempotency-Key` on every try, so a call repeated after a lost answer happens once. */
  idempotencyKey?: string
  /** The answer's contract: an answer that does not match is a failure, never half-used. */
  response: z.ZodType<T>
}

/**
 * The one way we call an outside system: each try bounded in time, what may succeed later tried
 * again with back-off, the answer checked against its contract at the border, and the system's
 * state (last success, failures in a row) kept for `/api/health` and for staff.
 */
export function integrationClient({
  payload,
  integration,
  baseUrl,
  headers = {},
  timeoutMs = 10_000,
  retries = 2,
}: IntegrationClientOptions) {
  async function attempt<T>(request: IntegrationRequest<T>): Promise<T> {
    const url = new URL(
      request.path.replace(/^\//, ''),
      baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    )
    for (const [key, value] of Object.entries(request.query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value))
    const fail = (message: string, retryable: boolean, status?: number) =>
      new IntegrationError(integration, request.call, message, { retryable, status })
    let response: Response
    try {
      response = await fetch(url, {
        method: request.method ?? 'GET',
        headers: {
          accept: 'application/json',
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(request.idempotencyKey ? { 'idempotency-key': request.idempotencyKey } : {}),
          ...headers,
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError'
      throw fail(
        timedOut
          ? `no answer within ${timeoutMs} ms`
          : `network: ${String((error as Error).cause ?? error)}`,
        true,
      )
    }
    const text = await response.text().catch(() => '')
    if (!response.ok) {
      const error = fail(
        `HTTP ${response.status}: ${text.slice(0, 300)}`,
        retryableStatus(response.status),
        response.status,
      )
      Object.assign(error, {
        retryAfterMs: Number(response.headers.get('retry-after')) * 1000 || 0,
      })
      throw error
    }
    let json: unknown
    try {
      json = text === '' ? null : JSON.parse(text)
    } catch {
      throw fail(`the answer is not JSON: ${text.slice(0, 120)}`, false, response.status)
    }
    const parsed = request.response.safeParse(json)
    if (!parsed.success)
      throw fail(
        `the answer does not match the contract: ${contractDifferences(parsed.error.issues)}`,
        false,
        response.status,
      )
    return parsed.data
  }

  return {
    integration,
    async request<T>(request: IntegrationRequest<T>): Promise<T> {
      for (let tried = 1; ; tried++) {
        try {
          const answer = await attempt(request)
          await recordSuccess(payload, integration)
          return answer
        } catch (error) {
          const failure = error as IntegrationError & { retryAfterMs?: number }
          if (!failure.retryable || tried > retries) {
            await recordFailure(payload, integration, failure.message)
            throw failure
          }
          payload.logger.warn(
            { integration, call: request.call, tried, err: failure.message },
            'integration: trying again',
          )
          await new Promise((resolve) =>
            setTimeout(resolve, retryDelayMs(tried, { retryAfterMs: failure.retryAfterMs })),
          )
        }
      }
    },
  }
}

export type IntegrationClient = ReturnType<typeof integrationClient>
