import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { closePayload, openPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await openPayload()
})
afterAll(() => closePayload(payload))

describe('committed migrations', () => {
  it('match the schema the config describes', async () => {
    const db = payload.db as unknown as {
      migrationDir: string
      schema: unknown
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
    }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const committed = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest!), 'utf8'))
    const pending = await generateMigration(committed, await generateDrizzleJson(db.schema))
    // Non-empty means the config changed without `npm run migrate:create`.
    expect(pending).toEqual([])
  })

  it('have all been applied to the test database', async () => {
    const files = fs
      .readdirSync(path.resolve('migrations'))
      .filter((file) => /^\d.*\.ts$/.test(file))
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
    })
    expect(docs.map((doc) => doc.name).sort()).toEqual(
      files.map((file) => file.replace(/\.ts$/, '')).sort(),
    )
  })
})
