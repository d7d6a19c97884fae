import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer
let alice: { id: number; headers: Record<string, string> }
let bob: { id: number; headers: Record<string, string> }

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  for (const name of ['alice', 'bob'] as const) {
    const user = await makeUser(payload, 'manager')
    const person = { id: user.id, headers: await login(server.url, user.email, PASSWORD) }
    if (name === 'alice') alice = person
    else bob = person
  }
})
afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

const locks = (who: typeof alice, method: string, path = '', body?: object) =>
  fetch(`${server.url}/payload-locked-documents${path}`, {
    method,
    headers: who.headers,
    body: body && JSON.stringify(body),
  })

describe('document locks', () => {
  it('are made, taken over and deleted by a user only as their own', async () => {
    const client = await makeClient(payload)
    const document = { relationTo: 'clients', value: client.id }
    const inBobsName = await locks(alice, 'POST', '', {
      document,
      user: { relationTo: 'users', value: bob.id },
    })
    expect(inBobsName.status).toBe(403)

    const own = await locks(bob, 'POST', '', {
      document,
      user: { relationTo: 'users', value: bob.id },
    })
    expect(own.status).toBe(201)
    const lock = (await own.json()).doc as { id: number }

    expect((await locks(alice, 'DELETE', `/${lock.id}`)).status).toBe(403)
    expect(
      (
        await locks(alice, 'PATCH', `/${lock.id}`, {
          user: { relationTo: 'users', value: bob.id },
          document: { relationTo: 'clients', value: 1 },
        })
      ).status,
    ).toBe(403)
    // The admin's "take over" makes the lock the caller's own, on the same document.
    const other = await makeClient(payload)
    const takeOver = await locks(alice, 'PATCH', `/${lock.id}`, {
      user: { relationTo: 'users', value: alice.id },
      document: { relationTo: 'clients', value: other.id },
    })
    expect(takeOver.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'payload-locked-documents',
      id: lock.id,
      depth: 0,
    })
    expect(stored.user).toEqual({ relationTo: 'users', value: alice.id })
    expect(stored.document).toEqual({ relationTo: 'clients', value: client.id })
    expect((await locks(bob, 'DELETE', `/${lock.id}`)).status).toBe(403)
    expect((await locks(alice, 'DELETE', `/${lock.id}`)).status).toBe(200)
  })
})
