import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the fake answers one request with. */
export type ModelBehaviour =
  /** A chat completion whose message is this object as JSON (a well-behaved model). */
  | { json: unknown; delayMs?: number }
  /** A chat completion whose message is this text as it stands (malformed JSON, prose). */
  | { content: string; delayMs?: number }
  /** An HTTP error: 429 (rate limited), 500, 503… */
  | { status: number; delayMs?: number }

/** One request as the fake received it, for tests to read what left the server (masking). */
export interface ModelRequest {
  path: string
  authorization?: string
  body: {
    model?: string
    messages?: { role: string; content: string }[]
    [key: string]: unknown
  }
  /** Every message's content joined: what the model was shown. */
  text: string
}

/**
 * An OpenAI-compatible chat-completions server on loopback (`POST …/chat/completions`), the way
 * hosted APIs, Ollama and vLLM answer. Each request takes the next scripted behaviour, else the
 * default one; it can answer late (2 s, 30 s: a request the client gave up on is dropped), fail with
 * 429 or 5xx, or answer what is not JSON. Every request is recorded.
 */
export async function startFakeModel(
  fallbackBehaviour: (request: ModelRequest) => ModelBehaviour = () => ({ status: 503 }),
) {
  const script: ModelBehaviour[] = []
  const requests: ModelRequest[] = []
  let byDefault = fallbackBehaviour
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => {
      raw += chunk
    })
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: { message: 'not found' } }))
        return
      }
      let body: ModelRequest['body'] = {}
      try {
        body = JSON.parse(raw)
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ error: { message: 'body is not JSON' } }))
        return
      }
      const request: ModelRequest = {
        path: req.url,
        authorization: req.headers.authorization,
        body,
        text: (body.messages ?? []).map((message) => message.content).join('\n'),
      }
      requests.push(request)
      const behaviour = script.shift() ?? byDefault(request)
      const timer = setTimeout(() => answer(res, body, behaviour), behaviour.delayMs ?? 0)
      // The client gave up (its timeout): nothing more to send.
      res.on('close', () => clearTimeout(timer))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    /** What `ASSIST_API_URL` is set to: the base the client appends `/chat/completions` to. */
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    /** The next requests' answers, in order; then the default. */
    script(...behaviours: ModelBehaviour[]) {
      script.push(...behaviours)
    },
    /** What every request not scripted is answered with. */
    answerByDefault(behaviour: (request: ModelRequest) => ModelBehaviour) {
      byDefault = behaviour
    },
    reset() {
      script.length = 0
      requests.length = 0
      byDefault = fallbackBehaviour
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type FakeModel = Awaited<ReturnType<typeof startFakeModel>>

function answer(res: http.ServerResponse, body: ModelRequest['body'], behaviour: ModelBehaviour) {
  if (res.destroyed) return
  if ('status' in behaviour) {
    res.writeHead(behaviour.status, {
      'content-type': 'application/json',
      ...(behaviour.status === 429 ? { 'retry-after': '20' } : {}),
    })
    res.end(JSON.stringify({ error: { message: `fake model: ${behaviour.status}` } }))
    return
  }
  const content = 'json' in behaviour ? JSON.stringify(behaviour.json) : behaviour.content
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(
    JSON.stringify({
      id: `chatcmpl-${Date.now()}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'fake',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    }),
  )
}
