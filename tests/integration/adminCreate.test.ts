import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import pg from 'pg'

import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer

beforeAll(async () => {
  // The config reads NODE_ENV once, when imported: this file's server runs as production does.
  const env = process.env as Record<string, string | undefined>
  const previous = env.NODE_ENV
  env.NODE_ENV = 'production'
  try {
    payload = await openPayload()
    server = await startRestServer()
  } finally {
    env.NODE_ENV = previous
  }
})

afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

/** `npm run admin:create -- …` as a child process on the test database. */
function adminCreate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin-create.ts', ...args], {
    env: process.env,
    encoding: 'utf8',
  })
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() }
}

async function usersWith(email: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  return docs
}

describe('npm run admin:create', () => {
  it('creates an admin who can sign in with the given password', async () => {
    const email = `${unique('owner-')}@example.uz`
    const run = adminCreate('--email', email, '--name', 'Owner', '--password', 'Bakery-owner-2026')
    expect(run).toEqual(expect.objectContaining({ status: 0 }))
    expect(run.stdout).toContain(`admin ${email} created`)
    expect(run.stdout).not.toContain('Bakery-owner-2026')
    expect((await usersWith(email)).map((user) => [user.name, user.roles])).toEqual([
      ['Owner', ['admin']],
    ])
    await expect(login(server.url, email, 'Bakery-owner-2026')).resolves.toBeDefined()
  })

  it('generates a strong password when none is given and prints it once', async () => {
    const email = `${unique('generated-')}@Example.UZ`
    const run = adminCreate('--email', email)
    expect(run.status).toBe(0)
    const printed = run.stdout.match(/password \(shown once, store it now\): (\S+)/)?.[1]
    expect(printed).toHaveLength(20)
    expect(run.stdout.split(printed as string)).toHaveLength(2)
    // E-mails are kept in lower case, as Payload's login compares them.
    await expect(login(server.url, email.toLowerCase(), printed as string)).resolves.toBeDefined()
  })

  it.each([
    [
      'a bad e-mail',
      ['--email', 'owner-at-example.uz', '--password', 'Bakery-owner-2026'],
      /is not an e-mail address/,
    ],
    ['no e-mail', ['--password', 'Bakery-owner-2026'], /An e-mail is required/],
    [
      'a weak password',
      ['--email', 'weak@example.uz', '--password', 'bakery'],
      /too weak: at least 12 characters/,
    ],
    [
      'a one-kind password',
      ['--email', 'weak@example.uz', '--password', 'bakeryownerpassword'],
      /too weak: mix three/,
    ],
    ['an unknown option', ['--email', 'weak@example.uz', '--admin'], /Unknown option '--admin'/],
  ])('refuses %s in one line, exit 1', async (_, args, reason) => {
    const run = adminCreate(...args)
    expect(run.status).toBe(1)
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(reason)])
    expect(run.stderr).toMatch(/^\[tandir\] admin not created: /)
    expect(await usersWith('weak@example.uz')).toEqual([])
  })

  it('refuses an e-mail that already has an account, leaving it as it was', async () => {
    const email = `${unique('taken-')}@example.uz`
    expect(adminCreate('--email', email, '--password', 'Bakery-owner-2026').status).toBe(0)
    const run = adminCreate('--email', email.toUpperCase(), '--password', 'Another-pass-2026')
    expect(run.status).toBe(1)
    expect(run.stderr.split('\n')).toEqual([
      `[tandir] admin not created: A user with the e-mail ${email} already exists.`,
    ])
    expect(await usersWith(email)).toHaveLength(1)
    await expect(login(server.url, email, 'Bakery-owner-2026')).resolves.toBeDefined()
  })
})

describe('first-user sign-up in production', () => {
  it('POST /api/users/first-register is refused with a 403 that says how to make an admin', async () => {
    const email = `${unique('stranger-')}@example.uz`
    for (const language of ['en', 'ru', 'uz']) {
      const response = await fetch(`${server.url}/users/first-register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ email, password: 'Stranger-pass-2026', name: 'Stranger' }),
      })
      expect(response.status).toBe(403)
      const { errors } = (await response.json()) as { errors: { message: string }[] }
      expect(errors).toEqual([{ message: expect.stringContaining('npm run admin:create') }])
    }
    expect(await usersWith(email)).toEqual([])
  })

  it('creates the first admin from ADMIN_EMAIL only on a database without users', async () => {
    const { ensureFirstAdminFromEnv } = await import('@/db/seed/createAdmin')
    const email = `${unique('env-')}@example.uz`
    // The shared test database already has users: a restart must not add or change any.
    expect(
      await ensureFirstAdminFromEnv(payload, {
        ADMIN_EMAIL: email,
        ADMIN_PASSWORD: 'Bakery-owner-2026',
      }),
    ).toBeNull()
    expect(await usersWith(email)).toEqual([])
    expect(await ensureFirstAdminFromEnv(payload, {})).toBeNull()
    await expect(ensureFirstAdminFromEnv(payload, { ADMIN_EMAIL: email })).rejects.toThrow(
      'Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.',
    )
  })
})

describe('the first admin from ADMIN_EMAIL at start, on a fresh database', () => {
  const name = `tandir_first_admin_${unique()}`.toLowerCase()
  const url = new URL(process.env.DATABASE_URL as string)
  const fresh = Object.assign(new URL(url), { pathname: `/${name}` }).toString()
  const maintenance = () => new pg.Client({ connectionString: url.toString() })

  beforeAll(async () => {
    const client = maintenance()
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
  })

  afterAll(async () => {
    const client = maintenance()
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.end()
  })

  /** What `npm start` does before the server listens (scripts/start.ts), on the fresh database. */
  function startUpWith(env: Record<string, string>) {
    const script = [
      "import { boot, exitWithReason } from './scripts/boot.ts'",
      "import { createFirstAdminAtStart } from './src/db/seed/createAdmin.ts'",
      'const { db } = await boot(createFirstAdminAtStart).catch(exitWithReason)',
      'await db.stop()',
    ].join('\n')
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { env: { ...process.env, DATABASE_URL: fresh, ...env }, encoding: 'utf8' },
    )
    return { status: run.status, stdout: run.stdout, stderr: run.stderr.trim() }
  }

  async function admins() {
    const client = new pg.Client({ connectionString: fresh })
    await client.connect()
    try {
      const { rows } = await client.query(
        'SELECT u.email, r.value AS role FROM users u LEFT JOIN users_roles r ON r.parent_id = u.id ORDER BY u.id',
      )
      return rows
    } finally {
      await client.end()
    }
  }

  it('refuses a weak ADMIN_PASSWORD in one line before the server would start', async () => {
    const run = startUpWith({ ADMIN_EMAIL: 'owner@example.uz', ADMIN_PASSWORD: 'bakery' })
    expect(run.status).toBe(1)
    expect(run.stderr.split('\n')).toEqual([
      '[tandir] could not start: ADMIN_EMAIL / ADMIN_PASSWORD: The password is too weak: at least 12 characters.',
    ])
    expect(await admins()).toEqual([])
  })

  it('creates the admin on the first start and leaves accounts alone on the next', async () => {
    const first = startUpWith({
      ADMIN_EMAIL: 'Owner@Example.uz',
      ADMIN_PASSWORD: 'Bakery-owner-2026',
    })
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('[tandir] first admin owner@example.uz created from ADMIN_EMAIL')
    const next = startUpWith({
      ADMIN_EMAIL: 'other@example.uz',
      ADMIN_PASSWORD: 'Other-owner-2026',
    })
    expect(next.status).toBe(0)
    expect(next.stdout).not.toContain('first admin')
    expect(await admins()).toEqual([{ email: 'owner@example.uz', role: 'admin' }])
  })
})
