import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints } from 'payload'
import { observeRequest } from '@/shared/http/observeRequest'
import { refuseBadBody } from '@/shared/http/refuseBadBody'

export interface RestServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves Payload's REST API over real HTTP on loopback with the same handler, body guard and
 * request observation (request id, metrics) the Next.js route
 * (`src/app/(payload)/api/[...slug]/route.ts`) calls, so tests exercise auth, access, hooks and
 * error responses end to end without building the admin.
 */
export async function startRestServer(): Promise<RestServer> {
  const { default: config } = await import('@payload-config')
  const serve = observeRequest(
    config,
    async (request: Request) =>
      (await refuseBadBody(request)) ?? (await handleEndpoints({ config, request })),
  )
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const body = chunks.length ? Buffer.concat(chunks) : undefined
      const request = new Request(`http://127.0.0.1${incoming.url}`, {
        method: incoming.method,
        headers: incoming.headers as Record<string, string>,
        body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
      })
      const response = await serve(request)
      const answer = Buffer.from(await response.arrayBuffer())
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(answer)
    } catch (error) {
      if (outgoing.headersSent) return void outgoing.destroy(error as Error)
      outgoing.writeHead(599, { 'content-type': 'text/plain' })
      outgoing.end(`test server could not serve the request: ${String(error)}`)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Logs in through REST and returns the header that authenticates later calls. */
export async function login(
  api: string,
  email: string,
  password: string,
): Promise<Record<string, string>> {
  const response = await fetch(`${api}/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { authorization: `JWT ${token}`, 'content-type': 'application/json' }
}
