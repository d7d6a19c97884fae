import type { SanitizedConfig } from 'payload'
import { metrics } from '@/shared/observability/metrics'
import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from '@/shared/observability/requestId'
import { routeLabel } from './routeLabel'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/**
 * Wraps an `/api` handler: the request gets an id (the caller's `X-Request-Id` when sane, else a
 * new one) that every log line written while serving it carries and the answer echoes, and is
 * counted and timed by endpoint and status for `/api/metrics`.
 */
export function observeRequest<Args extends unknown[]>(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  handler: Handler<Args>,
  /** The route label of a handler that serves one path (`/graphql`); found from the path else. */
  route?: string,
): Handler<Args> {
  return async (request, ...args) => {
    const id = requestIdFrom(request.headers.get(REQUEST_ID_HEADER))
    const started = performance.now()
    let status = 500
    try {
      const response = await withRequestId(id, () => handler(request, ...args))
      status = response.status
      return withHeader(response, REQUEST_ID_HEADER, id)
    } finally {
      const method = METHODS.has(request.method) ? request.method : 'OTHER'
      const label = route ?? routeLabel(await config, method, new URL(request.url).pathname)
      record(method, label, status, (performance.now() - started) / 1000)
    }
  }
}

function record(method: string, route: string, status: number, seconds: number): void {
  const { httpRequests, httpDuration, webhookFailures } = metrics()
  httpRequests.inc({ method, route, status: String(status) })
  httpDuration.observe({ method, route }, seconds)
  // Telegram's and Stripe's: a non-2xx answer means an event refused or to be sent again.
  const webhook = /^\/(.+)\/webhook$/.exec(route)?.[1]
  if (webhook && (status < 200 || status > 299))
    webhookFailures.inc({ webhook, status: String(status) })
}

/** The response with one more header; a response whose headers are frozen is copied. */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value)
    return response
  } catch {
    const headers = new Headers(response.headers)
    headers.set(name, value)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  }
}
