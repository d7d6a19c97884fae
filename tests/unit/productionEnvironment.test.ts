import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { productionProblem } from '@/config/productionEnvironment'
import { ensureSecret } from '@/db/ensureSecret'

const root = path.resolve(import.meta.dirname, '../..')

/** An environment production accepts; each test spoils one variable of it. */
const GOOD = {
  NODE_ENV: 'production' as const,
  PAYLOAD_SECRET: '9f2c4e7a1b3d5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4',
  DATABASE_URL: 'postgres://tandir:pw@db:5432/tandir',
  PUBLIC_URL: 'https://orders.example.uz',
  TELEGRAM_BOT_TOKEN: '123456:ABC-def_1',
  TELEGRAM_WEBHOOK_SECRET: 'a-secret_1',
  TELEGRAM_WEBHOOK_URL: 'https://orders.example.uz/api/telegram/webhook',
}

describe('the production environment', () => {
  it('accepts a complete one, and one without a bot or a webhook address', () => {
    expect(productionProblem(GOOD)).toBeUndefined()
    const { TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET, TELEGRAM_WEBHOOK_URL, ...noBot } = GOOD
    expect(productionProblem(noBot)).toBeUndefined()
  })

  it('asks nothing outside production: development needs no setup', () => {
    expect(productionProblem({})).toBeUndefined()
    expect(
      productionProblem({ NODE_ENV: 'development', PUBLIC_URL: 'http://localhost:3000' }),
    ).toBeUndefined()
  })

  it.each([
    ['PAYLOAD_SECRET', undefined, /required in production/],
    ['PAYLOAD_SECRET', '   ', /required in production/],
    ['PAYLOAD_SECRET', 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d', /too short \(31 characters; at least 32/],
    ['PAYLOAD_SECRET', 'change-me-change-me-change-me-change-me', /placeholder/],
    ['PAYLOAD_SECRET', 'test-secret-not-for-production-1234567890', /placeholder/],
    ['PAYLOAD_SECRET', 'abababababababababababababababababab', /pattern, not random/],
    ['DATABASE_URL', undefined, /required in production/],
    ['DATABASE_URL', '', /required in production/],
    ['PUBLIC_URL', undefined, /required in production/],
    ['PUBLIC_URL', 'http://orders.example.uz', /must be an https:\/\/ address/],
    ['PUBLIC_URL', 'orders.example.uz', /must be an https:\/\/ address/],
    ['TELEGRAM_WEBHOOK_URL', 'http://orders.example.uz/api/telegram/webhook', /must be an https/],
    ['TELEGRAM_WEBHOOK_SECRET', undefined, /required in production when TELEGRAM_BOT_TOKEN is set/],
  ])('refuses %s = %p in one line naming it', (name, value, reason) => {
    const problem = productionProblem({ ...GOOD, [name]: value })
    expect(problem).toMatch(new RegExp(`^${name}: `))
    expect(problem).toMatch(reason)
    expect(problem).not.toContain('\n')
  })

  it('accepts a 32-character random secret, the shortest allowed', () => {
    expect(
      productionProblem({ ...GOOD, PAYLOAD_SECRET: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6' }),
    ).toBeUndefined()
  })

  it('stops `npm start` before anything starts: one line on stderr naming the variable, exit 1', () => {
    // The start script itself, as `npm start` runs it, with nothing but a weak secret wrong.
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...GOOD, PAYLOAD_SECRET: 'secret' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    const lines = result.stderr.split('\n').filter((line) => line.trim())
    expect(lines).toEqual([
      expect.stringMatching(/^\[tandir\] could not start: PAYLOAD_SECRET: too short/),
    ])
    expect(result.status).toBe(1)
    // Nothing was started: no database, no server.
    expect(result.stdout).toBe('')
  })

  it('never writes a secret of its own in production: the container would lose it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandir-secret-'))
    expect(() => ensureSecret(dir, { NODE_ENV: 'production' })).toThrow(/^PAYLOAD_SECRET: required/)
    expect(fs.existsSync(path.join(dir, '.data'))).toBe(false)
    // Development keeps one under .data/ and reads the same one back.
    const kept = ensureSecret(dir, {})
    expect(kept).toHaveLength(64)
    expect(ensureSecret(dir, {})).toBe(kept)
    fs.rmSync(dir, { recursive: true })
  })
})
