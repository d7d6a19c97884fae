import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from '@/db/freePort'

const root = path.resolve(import.meta.dirname, '../..')
const next = path.join(root, 'node_modules/next/dist/bin/next')

export interface NextServer {
  url: string
  output: () => string
  stop: () => Promise<void>
}

/** A first e2e file builds the app (`next build`, a few minutes on two cores) in its `beforeAll`. */
export const BUILD_TIMEOUT = 15 * 60_000

/** The production server (`next start`) on the test database; builds first when no build exists. */
export async function startNextServer(): Promise<NextServer> {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    execFileSync(process.execPath, [next, 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: process.env,
    })
  }
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [next, 'start', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`)
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline) throw new Error(`next start did not become healthy:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
