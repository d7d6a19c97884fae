import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client'
import { processSingleton } from './processSingleton'

/**
 * This process's metrics, served by `GET /api/metrics`. Each app server counts its own requests
 * and throttles; Prometheus scrapes every server and sums them.
 */
function makeMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'tandir_' })
  const registers = [registry]
  return {
    registry,
    httpRequests: new Counter({
      name: 'tandir_http_requests_total',
      help: 'HTTP requests to /api answered, by method, route (the endpoint, never an id) and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'tandir_http_request_duration_seconds',
      help: 'Time from a request to its answer, by method and route',
      labelNames: ['method', 'route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    webhookFailures: new Counter({
      name: 'tandir_webhook_failures_total',
      help: 'Webhook calls (Telegram, Stripe) answered with a non-2xx status, by webhook and status',
      labelNames: ['webhook', 'status'] as const,
      registers,
    }),
    telegramThrottles: new Counter({
      name: 'tandir_telegram_throttled_total',
      help: 'Telegram Bot API answers 429 (Too Many Requests) received by this process',
      registers,
    }),
  }
}

export const metrics = () => processSingleton('metrics', makeMetrics)

/** Counts one 429 from Telegram; the sender calls it with each one it receives. */
export function countTelegramThrottle(): void {
  metrics().telegramThrottles.inc()
}
