/**
 * One value per process, however many copies of this module the server holds: Next bundles the
 * API route, the admin pages and Payload's start-up separately, and the logger, the route wrapper
 * and the dispatcher must all see the same request id store, metrics and draining flag.
 */
export function processSingleton<T>(name: string, make: () => T): T {
  const key = Symbol.for(`tandir.${name}`)
  const store = globalThis as unknown as Record<symbol, T | undefined>
  store[key] ??= make()
  return store[key] as T
}
