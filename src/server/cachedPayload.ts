import type { Payload } from 'payload'

interface Cached {
  payload?: Payload | null
  promise?: Promise<Payload> | null
}

/**
 * The Payload instance Next's routes made in this process, if any. The routes run Payload from
 * Next's bundle, a copy of its modules apart from ours, so the one thing both share is the
 * process-wide cache `getPayload` keeps on `global._payload`.
 */
export async function cachedPayload(): Promise<Payload | undefined> {
  const cache = (globalThis as { _payload?: Map<string, Cached> })._payload
  const cached = cache?.get('default')
  return (cached?.payload ?? (await cached?.promise?.catch(() => null))) || undefined
}
