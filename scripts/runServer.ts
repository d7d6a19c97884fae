import { spawn } from 'node:child_process'
import { once } from 'node:events'

import { SHUTDOWN_DEADLINE_MS } from '@/server/shutdownDeadline'
import { root } from './boot'

/**
 * Runs the web server (`node <args>`) with the prepared environment and stops the embedded
 * database when it exits, with the server's exit code. A stop signal is passed on once (the
 * server then finishes its work, scripts/serve.ts); a second one is passed on too, and makes the
 * server exit at once. The server has its own process group, so a Ctrl-C in a terminal reaches it
 * once, through here, not twice.
 */
export function runServer(args: string[], env: NodeJS.ProcessEnv, stop: () => Promise<void>): void {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'inherit',
    detached: true,
  })
  const running = () => child.exitCode === null && child.signalCode === null
  process.on('exit', () => {
    if (running()) child.kill('SIGKILL')
  })
  let finishing = false
  const finish = async (code: number) => {
    if (finishing) return
    finishing = true
    // The database goes last: stopped under the server, every pooled connection would log its death.
    await stop().catch(() => {})
    console.log('[tandir] stopped')
    process.exit(code)
  }
  child.on('exit', (code, signal) => void finish(code ?? (signal ? 1 : 0)))
  let signals = 0
  const passOn = async (signal: NodeJS.Signals) => {
    if (!running()) return
    child.kill(signal)
    if (++signals > 1) return
    // The server keeps its own deadline; this one is for a server that cannot keep it.
    const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_DEADLINE_MS + 5_000)
    await once(child, 'exit')
    clearTimeout(timer)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void passOn(signal))
}
