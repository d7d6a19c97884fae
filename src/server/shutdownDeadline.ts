/**
 * How long a stop may take, from SIGTERM to exit: requests in flight, then the background work
 * and the pool. Under docker compose's `stop_grace_period: 30s`, so Docker never has to SIGKILL.
 */
export const SHUTDOWN_DEADLINE_MS = 20_000

/** Of that, how long requests in flight may take to finish before their connections are cut. */
export const HTTP_DRAIN_MS = 12_000
