import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One scripted answer: a status and a JSON body, raw text, or no answer within `delayMs`. */
export interface ScriptedAnswer {
  status?: number
  body?: unknown
  raw?: string
  delayMs?: number
  headers?: Record<string, string>
}

export interface ReceivedCall {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: unknown
}

/**
 * An outside system on loopback that answers from a script, then with `fallback`: what a
 * provider does on a bad day (5xx, 429, slow, garbage) in the order a test needs it.
 */
export async function startFakeOutsideSystem(fallback: ScriptedAnswer = { body: { ok: true } }) {
  const script: ScriptedAnswer[] = []
  const calls: ReceivedCall[] = []
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    calls.push({
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    })
    const answer = script.shift() ?? fallback
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    if (response.destroyed) return
    response.writeHead(answer.status ?? 200, {
      'content-type': 'application/json',
      ...answer.headers,
    })
    response.end(answer.raw ?? JSON.stringify(answer.body ?? {}))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Answers the next calls with these, in order. */
    answer: (...answers: ScriptedAnswer[]) => script.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakeOutsideSystem = Awaited<ReturnType<typeof startFakeOutsideSystem>>
