import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@/db/freePort'

/**
 * A throwaway PostgreSQL started from a directory that has the server and pg_dump/pg_restore of
 * one version (Debian's `/usr/lib/postgresql/<N>/bin`), for when the embedded server is newer than
 * every pg_dump on the machine (Debian 12 ships 15, the embedded server is 16): the backup round
 * trip then still runs for real, on a server its tools can dump. Nothing when no such directory.
 */
export async function startPostgresBesideTools(): Promise<
  { url: string; binDir: string; stop: () => void } | undefined
> {
  const debian = '/usr/lib/postgresql'
  if (!fs.existsSync(debian)) return undefined
  const binDir = fs
    .readdirSync(debian)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((name) => path.join(debian, name, 'bin'))
    .find((dir) =>
      ['postgres', 'initdb', 'pg_ctl', 'psql', 'pg_dump', 'pg_restore'].every((tool) =>
        fs.existsSync(path.join(dir, tool)),
      ),
    )
  if (!binDir) return undefined
  // PostgreSQL will not run as root: as root, run it as the `postgres` user Debian creates.
  let owner: { uid: number; gid: number } | undefined
  if (process.getuid?.() === 0) {
    try {
      const id = (flag: string) =>
        Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }))
      owner = { uid: id('-u'), gid: id('-g') }
    } catch {
      return undefined
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-tools-pg-'))
  if (owner) fs.chownSync(dir, owner.uid, owner.gid)
  const data = path.join(dir, 'data')
  const port = await freePort()
  const asOwner = (tool: string, args: string[]) =>
    execFileSync(path.join(binDir, tool), args, { cwd: dir, stdio: 'pipe', ...owner })
  asOwner('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust'])
  asOwner('pg_ctl', [
    '-D',
    data,
    '-w',
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    'start',
  ])
  asOwner('psql', [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-qc',
    'create database tandir_test',
  ])
  return {
    url: `postgres://postgres:tandir@127.0.0.1:${port}/tandir_test`,
    binDir,
    stop: () => {
      asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
