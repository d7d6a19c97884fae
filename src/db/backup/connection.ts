import pg from 'pg'

/**
 * A database URL split for the PostgreSQL tools: the password goes in `PGPASSWORD`, never on a
 * command line that any user of the machine can read in `ps`.
 */
export function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: { ...process.env, PGPASSWORD: password } }
}

/** Runs `work` with a short-lived connection to `url`. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** The server's major version (16 for 16.14), which the tools must be at least. */
export async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>(
    `select current_setting('server_version_num') as v`,
  )
  return Math.floor(Number(rows[0].v) / 10_000)
}
