import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

let payload: Payload
let server: RestServer
let manager: Record<string, string>
let accountant: Record<string, string>

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  const [m, a] = [await makeUser(payload, 'manager'), await makeUser(payload, 'accountant')]
  manager = await login(server.url, m.email, PASSWORD)
  accountant = await login(server.url, a.email, PASSWORD)
})

afterAll(async () => {
  await server?.close()
  await closePayload(payload)
})

const call = async (
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: object,
) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as any }
}

const grant = (headers: Record<string, string>, body: object) =>
  call('POST', '/ledger-entries', headers, body)

const messages = (json: any): string =>
  (json.errors ?? [])
    .flatMap((error: any) => [
      error.message,
      ...(error.data?.errors ?? []).map((e: any) => e.message),
    ])
    .join(' | ')

const walletOf = async (client: number) =>
  (
    await sqlDatabase(payload).execute<{ balance: number; entries: number; sum: number }>(sql`
      select w.balance::float8 as balance, count(e.id)::int as entries, coalesce(sum(e.amount), 0)::float8 as sum
        from wallets w left join ledger_entries e on e.wallet_id = w.id
       where w.client_id = ${client} group by w.id`)
  ).rows[0]

describe('credits granted and taken by staff in the admin', () => {
  it('a manager grants and takes with a reason: the wallet is made, its balance is the sum of its entries', async () => {
    const client = await makeClient(payload, { name: unique('Wallet ') })
    const given = await grant(manager, { client: client.id, amount: 20, reason: 'welcome gift' })
    expect(given.status).toBe(201)
    expect(given.json.doc).toMatchObject({
      kind: 'grant',
      source: 'staff',
      amount: 20,
      balanceAfter: 20,
    })
    const taken = await grant(manager, { client: client.id, amount: -5, reason: 'charged twice' })
    expect(taken.json.doc).toMatchObject({ kind: 'take', amount: -5, balanceAfter: 15 })
    expect(await walletOf(client.id)).toEqual({ balance: 15, entries: 2, sum: 15 })
  })

  it('refuses to take more than the balance holds, saying what it holds', async () => {
    const client = await makeClient(payload, { name: unique('Wallet ') })
    await grant(manager, { client: client.id, amount: 3, reason: 'gift' })
    const { status, json } = await grant(manager, {
      client: client.id,
      amount: -4,
      reason: 'too much',
    })
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/below zero: it holds 3/)
    expect(await walletOf(client.id)).toEqual({ balance: 3, entries: 1, sum: 3 })
  })

  it('refuses a fractional or zero amount and a missing reason, by field', async () => {
    const client = await makeClient(payload, { name: unique('Wallet ') })
    for (const body of [
      { client: client.id, amount: 2.5, reason: 'half' },
      { client: client.id, amount: 0, reason: 'nothing' },
      { client: client.id, amount: 5 },
      { client: client.id, amount: 5, reason: '   ' },
    ]) {
      const { status, json } = await grant(manager, body)
      expect(status).toBe(400)
      expect(messages(json)).toMatch(/whole number|reason/)
    }
    expect(await walletOf(client.id)).toBeUndefined()
  })

  it('refuses an unknown client and an amount past a million with 400, never a 500', async () => {
    const client = await makeClient(payload, { name: unique('Wallet ') })
    for (const body of [
      { client: 999_999_999, amount: 5, reason: 'nobody' },
      { client: 'abc', amount: 5, reason: 'nobody' },
      { client: client.id, amount: 1e10, reason: 'too much' },
      { client: client.id, amount: 'five', reason: 'words' },
    ]) {
      const { status, json } = await grant(manager, body)
      expect([body, status]).toEqual([body, 400])
      expect(messages(json)).toMatch(/no such client|whole number/)
    }
    expect(await walletOf(client.id)).toBeUndefined()
  })

  it('a client with a credit history is not deleted; one with an empty wallet is, wallet and all', async () => {
    const kept = await makeClient(payload, { name: unique('Wallet ') })
    await grant(manager, { client: kept.id, amount: 2, reason: 'gift' })
    const refused = await call('DELETE', `/clients/${kept.id}`, manager)
    expect(refused.status).toBe(400)
    expect(messages(refused.json)).toMatch(/credit history \(1 ledger entries\)/)
    const gone = await makeClient(payload, { name: unique('Wallet ') })
    await sqlDatabase(payload).execute(sql`
      insert into wallets (client_id, balance, auto_recharge_failures, updated_at, created_at)
      values (${gone.id}, 0, 0, now(), now())`)
    expect((await call('DELETE', `/clients/${gone.id}`, manager)).status).toBe(200)
    expect(await walletOf(gone.id)).toBeUndefined()
  })

  it('a person cannot write a purchase, choose the key or the balance: staff grants are grants', async () => {
    const client = await makeClient(payload, { name: unique('Wallet ') })
    const { json } = await grant(manager, {
      client: client.id,
      amount: 7,
      reason: 'a purchase, claimed',
      kind: 'purchase',
      source: 'telegram_stars',
      key: 'stars:forged',
      balanceAfter: 1000,
    })
    expect(json.doc).toMatchObject({ kind: 'grant', source: 'staff', balanceAfter: 7 })
    expect(json.doc.key).toMatch(/^staff:/)
  })

  it('an accountant may read the ledger but not write it; nobody edits or deletes an entry or a wallet', async () => {
    const client = await makeClient(payload, { name: unique('Wallet ') })
    const { json } = await grant(manager, { client: client.id, amount: 9, reason: 'gift' })
    expect(
      (await grant(accountant, { client: client.id, amount: 9, reason: 'me too' })).status,
    ).toBe(403)
    expect((await call('GET', `/ledger-entries/${json.doc.id}`, accountant)).status).toBe(200)
    expect(
      (await call('PATCH', `/ledger-entries/${json.doc.id}`, manager, { amount: 900 })).status,
    ).toBe(403)
    expect((await call('DELETE', `/ledger-entries/${json.doc.id}`, manager)).status).toBe(403)
    const wallet = json.doc.wallet.id ?? json.doc.wallet
    expect((await call('PATCH', `/wallets/${wallet}`, manager, { balance: 900 })).status).toBe(403)
    expect((await call('GET', '/ledger-entries', {})).status).toBe(403)
    expect(await walletOf(client.id)).toMatchObject({ balance: 9 })
  })

  it('many grants and takes at once keep the balance equal to the sum and never below zero', async () => {
    const client = await makeClient(payload, { name: unique('Wallet ') })
    await grant(manager, { client: client.id, amount: 10, reason: 'start' })
    const moves = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 2 : -1))
    const answers = await Promise.all(
      moves.map((amount) => grant(manager, { client: client.id, amount, reason: 'busy day' })),
    )
    expect(answers.every(({ status }) => status === 201 || status === 400)).toBe(true)
    const wallet = await walletOf(client.id)
    expect(wallet.balance).toBe(wallet.sum)
    expect(wallet.balance).toBeGreaterThanOrEqual(0)
  })
})
