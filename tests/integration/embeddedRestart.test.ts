import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it, jest } from '@jest/globals'
import pg from 'pg'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '@/db/embeddedPostgres'

const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-restart-')), 'pg')
const pidFile = path.join(dataDir, 'postmaster.pid')
const children: ChildProcess[] = []
let db: EmbeddedDatabase | undefined

/** A run (`npm run dev`) serving the data directory, alive; or, orphaned, what a crash leaves. */
async function runningServer(): Promise<{ url: string; pid: number; owner: ChildProcess }> {
  const owner = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/support/embeddedPostgresProcess.ts'), dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  children.push(owner)
  const [chunk] = await Promise.race([
    once(owner.stdout!, 'data'),
    once(owner, 'exit').then(() =>
      Promise.reject(new Error('the owning process failed to start its server')),
    ),
  ])
  return { url: String(chunk).trim(), pid: serverPid()!, owner }
}

/** What a crashed `npm run dev` leaves: its PostgreSQL still running, with no parent to stop it. */
async function orphanServer(): Promise<{ url: string; pid: number }> {
  const { owner, ...server } = await runningServer()
  owner.kill('SIGKILL')
  await once(owner, 'exit')
  return server
}

function serverPid(): number | undefined {
  return fs.existsSync(pidFile)
    ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
    : undefined
}

function running(pid: number): boolean {
  try {
    return process.kill(pid, 0)
  } catch {
    return false
  }
}

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    return (await client.query('select 1 as one')).rows[0].one
  } finally {
    await client.end()
  }
}

/** Starts the database as `npm run dev` would and returns what it said about the last run. */
async function restart(options: { port?: number } = {}): Promise<string[]> {
  const said = jest.spyOn(console, 'log').mockImplementation(() => {})
  try {
    db = await startEmbeddedPostgres({ dataDir, ...options })
    return said.mock.calls.map((call) => String(call[0]))
  } finally {
    said.mockRestore()
  }
}

afterEach(async () => {
  await db?.stop()
  db = undefined
})

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  // A failed test may leave an orphan behind: it must not outlive the run.
  const pid = serverPid()
  if (pid && running(pid)) {
    process.kill(pid, 'SIGINT')
    for (let i = 0; i < 100 && fs.existsSync(pidFile); i++)
      await new Promise((resolve) => setTimeout(resolve, 100))
  }
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true })
})

describe('the embedded database while a run serves it', () => {
  it('is shared: a script started meanwhile uses the running server, and leaves it running', async () => {
    const live = await runningServer()
    expect(await restart()).toEqual([
      `[tandir] using the database of the run already serving ${dataDir}`,
    ])
    expect(db!.url).toBe(live.url)
    expect(await selectOne(db!.url)).toBe(1)
    await db!.stop()
    expect(await selectOne(live.url)).toBe(1)
    live.owner.kill('SIGTERM')
    await once(live.owner, 'exit')
  })
})

describe('the embedded database after a crash', () => {
  it('stops the orphaned server a killed run left holding the data directory, says so, and starts', async () => {
    const orphan = await orphanServer()
    expect(await selectOne(orphan.url)).toBe(1)

    expect(await restart()).toEqual([
      `[tandir] stopped an orphaned PostgreSQL (pid ${orphan.pid}) left holding ${dataDir} by an earlier run`,
    ])
    expect(await selectOne(db!.url)).toBe(1)
    expect(serverPid()).not.toBe(orphan.pid)
    await expect(selectOne(orphan.url)).rejects.toThrow()
  })

  it('starts over a pid file whose server is gone, and says so', async () => {
    const orphan = await orphanServer()
    // A server killed outright leaves postmaster.pid behind; wait until the process is gone for good.
    process.kill(orphan.pid, 'SIGKILL')
    for (let i = 0; i < 200 && running(orphan.pid); i++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(serverPid()).toBe(orphan.pid)

    expect(await restart()).toEqual([
      `[tandir] ${dataDir}/postmaster.pid names pid ${orphan.pid}, which is no longer running: PostgreSQL replaces the stale file itself`,
    ])
    expect(await selectOne(db!.url)).toBe(1)
  })

  it('removes a pid file whose pid now belongs to another program, and starts', async () => {
    await restart()
    const stale = fs.readFileSync(pidFile, 'utf8')
    await db!.stop()
    db = undefined
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'])
    children.push(other)
    fs.writeFileSync(pidFile, stale.replace(/^\d+/, String(other.pid)))

    expect(await restart()).toEqual([
      `[tandir] removed a stale ${dataDir}/postmaster.pid: pid ${other.pid} now belongs to another program`,
    ])
    expect(await selectOne(db!.url)).toBe(1)
    other.kill('SIGKILL')
  })

  it("fails with the server's own reason, not `undefined`", async () => {
    const taken = net.createServer().listen(0, '127.0.0.1')
    await once(taken, 'listening')
    const port = (taken.address() as net.AddressInfo).port
    // PostgreSQL listens on every address of localhost; one it can still bind lets it start.
    const taken6 = net
      .createServer()
      .on('error', () => {})
      .listen(port, '::1')
    try {
      await expect(restart({ port })).rejects.toThrow(/did not start[\s\S]*Address already in use/)
    } finally {
      taken.close()
      taken6.close()
    }
  })
})
