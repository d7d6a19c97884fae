import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

/**
 * The API as production runs it (NODE_ENV=production), in a process of its own whose stdout is
 * read the way a log collector reads it, reaching PostgreSQL through a loopback TCP relay this
 * test can cut: the database goes away while the process keeps serving.
 */
let relay: net.Server
const relayed = new Set<net.Socket>()
let child: ChildProcess
let api: string
const lines: string[] = []

beforeAll(async () => {
  const database = new URL(process.env.DATABASE_URL as string)
  relay = net.createServer((socket) => {
    const upstream = net.connect(Number(database.port), database.hostname)
    for (const end of [socket, upstream]) {
      relayed.add(end)
      end.on('error', () => {})
      end.on('close', () => relayed.delete(end))
    }
    socket.pipe(upstream).pipe(socket)
  })
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
  const through = new URL(database)
  through.hostname = '127.0.0.1'
  through.port = String((relay.address() as net.AddressInfo).port)

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: through.toString(),
    TANDIR_OUTBOX_DISPATCHER: 'off',
  }
  // No METRICS_TOKEN: this server publishes no figures.
  delete env.METRICS_TOKEN
  delete env.TELEGRAM_BOT_TOKEN
  child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/support/observedServerProcess.ts')],
    { env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  )
  let partial = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8')
    const complete = text.split('\n')
    partial = complete.pop() ?? ''
    lines.push(...complete.filter((line) => line.length))
  })
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the production server exited (${code}) before serving`)
    }),
  ])) as [{ url: string }]
  api = message.url
})

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await once(child, 'exit')
    clearTimeout(killer)
  }
  for (const socket of relayed) socket.destroy()
  await new Promise((resolve) => relay?.close(resolve))
})

/** The log lines that name `requestId`, parsed. */
const linesOf = (requestId: string) =>
  lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.requestId === requestId)

/** Waits until stdout has caught up with what the server logged (it arrives through a pipe). */
async function logged(requestId: string): Promise<Record<string, unknown>[]> {
  for (let tries = 0; tries < 50 && !linesOf(requestId).length; tries++)
    await new Promise((resolve) => setTimeout(resolve, 100))
  return linesOf(requestId)
}

describe('production logs, and health while the database goes away', () => {
  it('writes every log line as one JSON object, start-up included', async () => {
    expect((await fetch(`${api}/health/ready`)).status).toBe(200)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect([line, typeof JSON.parse(line)]).toEqual([line, 'object'])
    const first = JSON.parse(lines[0]) as Record<string, unknown>
    expect(first).toMatchObject({ level: expect.any(Number), msg: expect.any(String) })
    expect(first.time).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(first.requestId).toBeUndefined()
  })

  it('answers /api/metrics with 404 when no METRICS_TOKEN is configured', async () => {
    const response = await fetch(`${api}/metrics`, {
      headers: { authorization: 'Bearer anything' },
    })
    expect(response.status).toBe(404)
  })

  it('keeps liveness at 200 and turns readiness to 503 naming the database when it is cut off; the lines logged carry the request id', async () => {
    relay.close()
    for (const socket of relayed) socket.destroy()

    const ready = await fetch(`${api}/health/ready`, { headers: { 'x-request-id': 'db-down-1' } })
    expect(ready.status).toBe(503)
    expect(ready.headers.get('x-request-id')).toBe('db-down-1')
    expect(await ready.json()).toMatchObject({
      status: 'error',
      failing: ['database'],
      database: 'down',
    })
    const live = await fetch(`${api}/health/live`)
    expect(live.status).toBe(200)
    expect(await live.json()).toMatchObject({ status: 'ok' })

    const [line] = await logged('db-down-1')
    expect(line).toMatchObject({ level: 50, msg: 'readiness: database unreachable' })

    // An absurd id is replaced, and the lines carry the replacement, never what was sent.
    const absurd = `${'x'.repeat(200)} {"level":60}`
    const replaced = await fetch(`${api}/health/ready`, { headers: { 'x-request-id': absurd } })
    const id = replaced.headers.get('x-request-id') as string
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect((await logged(id)).length).toBeGreaterThan(0)
    expect(lines.some((each) => each.includes('xxxxxxxxxx'))).toBe(false)
    for (const each of lines) expect(typeof JSON.parse(each)).toBe('object')
    expect(child.exitCode).toBeNull()
  })
})
