import { AsyncLocalStorage } from 'node:async_hooks'
import crypto from 'node:crypto'
import { processSingleton } from './processSingleton'

/** The header a proxy (or a caller) names a request by, and that every answer carries back. */
export const REQUEST_ID_HEADER = 'x-request-id'

// A proxy's id (Caddy's, a load balancer's UUID, a trace id) fits; anything longer or with other
// characters could forge log lines or flood them, so it is replaced rather than trimmed.
const SANE = /^[\w.:@-]{1,128}$/

/** The incoming id when it is sane, else a fresh UUID. */
export function requestIdFrom(header: string | null | undefined): string {
  const given = header?.trim()
  return given && SANE.test(given) ? given : crypto.randomUUID()
}

const current = processSingleton('requestId', () => new AsyncLocalStorage<string>())

/** Runs `work` as the request `id`: every log line written beneath it carries the id. */
export function withRequestId<T>(id: string, work: () => T): T {
  return current.run(id, work)
}

/** The id of the request being served now, if any. */
export const currentRequestId = (): string | undefined => current.getStore()

/**
 * Runs `work` outside any request: loops it starts (the outbox dispatcher, the scheduler) would
 * otherwise log, for ever after, the id of the request that happened to start Payload.
 */
export function outsideRequest<T>(work: () => T): T {
  return current.exit(work)
}
