import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'

import { root } from './boot'

/** Runs `next` with the prepared environment; stops the embedded database when it exits. */
export function runServer(args: string[], env: NodeJS.ProcessEnv, stop: () => Promise<void>): void {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), ...args],
    {
      cwd: root,
      env: { NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: 'inherit',
    },
  )
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    // The server goes first: a database stopped under it makes every pooled connection log its death.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await Promise.race([
        once(child, 'exit'),
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ])
    }
    await stop().catch(() => {})
    console.log('[tandir] stopped')
    process.exit(code)
  }
  child.on('exit', (code) => void shutdown(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0))
}
