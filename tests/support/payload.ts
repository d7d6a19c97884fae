import type { Payload } from 'payload'
import { getPayload } from 'payload'
import { closePayload as close } from '@/db/closePayload'

/**
 * The real Payload on the test database; `closePayload` in afterAll ends its pool. The config is
 * imported on first use, so a test's environment (set in `beforeAll`) is the one it reads.
 */
export async function openPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

export async function closePayload(payload: Payload | undefined): Promise<void> {
  if (!payload) return
  await close(payload)
}

/** A suffix that keeps one test's rows apart from another's in the shared database. */
export function unique(prefix = ''): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`
}
