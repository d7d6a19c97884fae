import { AsyncLocalStorage } from 'node:async_hooks'

/** The doors besides Payload's own (REST, GraphQL, the Local API) that a write comes through. */
export type OriginDoor = 'bot' | 'miniapp' | 'job' | 'webhook'

/** Where the writes of one piece of work come from: a bot update, a scheduled run, a webhook. */
export interface WriteOrigin {
  door: OriginDoor
  /** The job's or the webhook's name (`stripe-reconcile`, `stripe`): who acts when nobody signed in. */
  name?: string
  /** The client the bot is talking to, once known (read when a write happens, not when the work starts). */
  readonly client?: { id: number; name: string } | null
}

const current = new AsyncLocalStorage<WriteOrigin>()

/**
 * Runs `work` with every write beneath it marked as coming from `origin`. It is set once where
 * the work enters (the bot's middleware, the scheduler, a webhook endpoint) rather than passed
 * in `context` to each call: jobs and webhooks write through shared helpers (the ledger, the
 * outbox) that take no request, and a write added later is marked without anyone remembering to.
 */
export function withOrigin<T>(origin: WriteOrigin, work: () => T): T {
  return current.run(origin, work)
}

/** The origin of the work running now, if one was declared. */
export const currentOrigin = (): WriteOrigin | undefined => current.getStore()
