import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

/*
 * Every row this file plants is dated in 2037, a year no other test writes credits in, and read
 * through periods inside it: in a full run the shared database holds everyone else's purchases.
 * The business's days are Tashkent's (UTC+5, the settings' default): its March 2037 runs from
 * 2037-02-28T19:00Z to 2037-03-31T19:00Z.
 */
const MARCH = '?from=2037-03-01&to=2037-03-31'
/** This file's Telegram ids. */
const TELEGRAM = 9_940_000

let payload: Payload
let server: RestServer
let headers: Record<string, string>
const client: Record<'a' | 'b' | 'c' | 'd' | 'e', number> = { a: 0, b: 0, c: 0, d: 0, e: 0 }

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  const db = sqlDatabase(payload)
  for (const [n, key] of (['a', 'b', 'c', 'd', 'e'] as const).entries())
    client[key] = (
      await makeClient(payload, { name: unique(`Analytics ${key} `), telegramId: TELEGRAM + n })
    ).id

  const purchase = async (
    who: number,
    at: string,
    amount: number,
    note: string,
    {
      provider = 'telegram_stars',
      status = 'succeeded',
      gift = 'credits',
    }: { provider?: string; status?: string; gift?: string | null } = {},
  ) => {
    const stars = provider === 'telegram_stars'
    const raw = stars ? { tandir: { payer: 1, gift: gift && { kind: gift, name: note } } } : {}
    await db.execute(sql`
      insert into transactions (client_id, provider, kind, status, amount, currency, external_id, note, raw, created_at, updated_at)
      values (${who}, ${provider}, 'credit_purchase', ${status}, ${amount}, ${stars ? 'XTR' : 'UZS'},
              ${unique('analytics-')}, ${note}, ${JSON.stringify(raw)}::jsonb, ${at}::timestamptz, now())`)
  }
  await purchase(client.a, '2037-03-10T10:00:00Z', 225, 'Regular')
  // 00:30 on 10 March in Tashkent, still the 9th in UTC.
  await purchase(client.b, '2037-03-09T19:30:00Z', 50, 'Starter')
  await purchase(client.a, '2037-03-16T08:00:00Z', 100, '1 day', { gift: 'pass' })
  await purchase(client.c, '2037-03-12T08:00:00Z', 4_000_000, 'Plus', { provider: 'stripe' })
  // A payment for no offer we made: kept and counted as money, under no package.
  await purchase(client.d, '2037-03-20T08:00:00Z', 77, 'unknown offer', { gift: null })
  await purchase(client.b, '2037-03-11T08:00:00Z', 500, 'Business', { status: 'failed' })
  await purchase(client.a, '2037-02-20T08:00:00Z', 1750, 'Business')
  // 23:59 on 28 February and 00:00 on 1 April in Tashkent: both outside March.
  await purchase(client.c, '2037-02-28T18:59:00Z', 400, 'Plus')
  await purchase(client.d, '2037-03-31T19:00:00Z', 999, 'Regular')

  const entry = async (who: number, kind: string, amount: number, messageKind: string | null) =>
    db.execute(sql`
      insert into ledger_entries (client_id, kind, amount, source, message_kind, key, created_at, updated_at)
      values (${who}, ${kind}, ${amount}, ${kind === 'grant' ? 'staff' : 'support'}, ${messageKind},
              ${unique('analytics:')}, '2037-03-15T08:00:00Z'::timestamptz, now())`)
  for (let i = 0; i < 3; i++) await entry(client.a, 'spend', -1, 'text')
  await entry(client.a, 'spend', -2, 'photo')
  await entry(client.b, 'spend', -3, 'voice')
  await entry(client.b, 'spend', -3, 'voice')
  // One voice message never reached the staff: its charge came back.
  await entry(client.b, 'refund', 3, 'voice')
  await entry(client.b, 'grant', 20, null)
  await db.execute(sql`
    insert into ledger_entries (client_id, kind, amount, source, message_kind, key, created_at, updated_at)
    values (${client.a}, 'spend', -1, 'support', 'text', ${unique('analytics:')}, '2037-02-15T08:00:00Z'::timestamptz, now())`)

  // Who wrote to support in March: a before buying, b after buying, c after buying, e never buying.
  // d bought without writing; staff wrote to d.
  const wrote = async (who: number, messages: [string, string][]) => {
    const { id } = await payload.create({
      collection: 'conversations',
      data: { client: who, chatId: TELEGRAM + who },
    })
    for (const [direction, at] of messages)
      await db.execute(sql`
        insert into support_messages (conversation_id, direction, created_at, updated_at)
        values (${id}, ${direction}, ${at}::timestamptz, now())`)
  }
  await wrote(client.a, [
    ['in', '2037-03-05T08:00:00Z'],
    ['in', '2037-03-18T08:00:00Z'],
  ])
  await wrote(client.b, [['in', '2037-03-12T08:00:00Z']])
  await wrote(client.c, [['in', '2037-03-25T08:00:00Z']])
  await wrote(client.d, [['out', '2037-03-06T08:00:00Z']])
  await wrote(client.e, [['in', '2037-03-15T08:00:00Z']])

  const accountant = await makeUser(payload, 'accountant')
  headers = await login(server.url, accountant.email, PASSWORD)
})

afterAll(async () => {
  // Planted without wallets: left behind, the nightly check of later files would find them.
  if (payload)
    await sqlDatabase(payload).execute(sql`delete from ledger_entries where key like 'analytics:%'`)
  await server?.close()
  await closePayload(payload)
})

const analytics = async (query: string, auth: Record<string, string> = headers) => {
  const response = await fetch(`${server.url}/credits/analytics${query}`, { headers: auth })
  return { status: response.status, body: (await response.json()) as any }
}

describe('GET /api/credits/analytics', () => {
  it("gives the period's revenue by provider and by offer, succeeded purchases only", async () => {
    const { status, body } = await analytics(MARCH)
    expect(status).toBe(200)
    expect(body.range).toEqual({ first: '2037-03-01', last: '2037-03-31' })
    expect(body.timeZone).toBe('Asia/Tashkent')
    expect(body.revenue).toEqual([
      { provider: 'stripe', currency: 'UZS', amount: 4_000_000, purchases: 1 },
      { provider: 'telegram_stars', currency: 'XTR', amount: 452, purchases: 4 },
    ])
    expect(body.offers).toEqual([
      {
        offer: 'credits',
        name: 'Plus',
        provider: 'stripe',
        currency: 'UZS',
        amount: 4_000_000,
        purchases: 1,
      },
      {
        offer: 'credits',
        name: 'Regular',
        provider: 'telegram_stars',
        currency: 'XTR',
        amount: 225,
        purchases: 1,
      },
      {
        offer: 'pass',
        name: '1 day',
        provider: 'telegram_stars',
        currency: 'XTR',
        amount: 100,
        purchases: 1,
      },
      {
        offer: 'unmatched',
        name: null,
        provider: 'telegram_stars',
        currency: 'XTR',
        amount: 77,
        purchases: 1,
      },
      {
        offer: 'credits',
        name: 'Starter',
        provider: 'telegram_stars',
        currency: 'XTR',
        amount: 50,
        purchases: 1,
      },
    ])
    expect(body.payingClients).toBe(4)
  })

  it('gives the credits spent by message kind, net of charges given back', async () => {
    const { body } = await analytics(MARCH)
    expect(body.spends).toEqual([
      { kind: 'text', credits: 3, messages: 3 },
      { kind: 'voice', credits: 3, messages: 1 },
      { kind: 'photo', credits: 2, messages: 1 },
    ])
  })

  it('gives the conversion from writing to support to buying', async () => {
    const { body } = await analytics(MARCH)
    expect(body.conversion).toEqual({ writers: 4, converted: 1, rate: 0.25 })
    const week = (await analytics('?from=2037-03-09&to=2037-03-15')).body
    // b and e wrote that week; b had bought before, nobody after.
    expect(week.conversion).toEqual({ writers: 2, converted: 0, rate: 0 })
    const quiet = (await analytics('?from=2037-01-01&to=2037-01-31')).body
    expect(quiet.conversion).toEqual({ writers: 0, converted: 0, rate: null })
    expect([quiet.payingClients, quiet.revenue, quiet.offers, quiet.spends]).toEqual([
      0,
      [],
      [],
      [],
    ])
  })

  it('charts Stars by day for 90 days, by week for 13 and by month for 12, in Tashkent days', async () => {
    const { days, weeks, months } = (await analytics(MARCH)).body.stars
    expect(days).toHaveLength(90)
    expect([days[0].start, days.at(-1).start]).toEqual(['2037-01-01', '2037-03-31'])
    expect(days.filter((day: { stars: number }) => day.stars > 0)).toEqual([
      { start: '2037-02-20', stars: 1750, purchases: 1 },
      { start: '2037-02-28', stars: 400, purchases: 1 },
      { start: '2037-03-10', stars: 275, purchases: 2 },
      { start: '2037-03-16', stars: 100, purchases: 1 },
      { start: '2037-03-20', stars: 77, purchases: 1 },
    ])
    expect(weeks).toHaveLength(13)
    expect([weeks[0].start, weeks.at(-1).start]).toEqual(['2037-01-05', '2037-03-30'])
    expect(weeks.filter((week: { stars: number }) => week.stars > 0)).toEqual([
      { start: '2037-02-16', stars: 1750, purchases: 1 },
      { start: '2037-02-23', stars: 400, purchases: 1 },
      { start: '2037-03-09', stars: 275, purchases: 2 },
      { start: '2037-03-16', stars: 177, purchases: 2 },
    ])
    expect(months).toHaveLength(12)
    expect(months.map((month: { start: string }) => month.start).slice(-3)).toEqual([
      '2037-01-01',
      '2037-02-01',
      '2037-03-01',
    ])
    expect(months.slice(-3).map((month: { stars: number }) => month.stars)).toEqual([0, 2150, 452])
  })

  it('refuses a period it cannot read, saying which day and why', async () => {
    const cases: [string, string, RegExp][] = [
      ['?from=2037-13-01&to=2037-03-31', 'from', /from must be a calendar day/],
      ['?from=2037-03-01&to=yesterday', 'to', /to must be a calendar day/],
      ['?from=2037-03-31&to=2037-03-01', 'from', /from must not be after to/],
      ['?from=2035-01-01&to=2037-03-31', 'from', /at most 366 days/],
    ]
    for (const [query, field, message] of cases) {
      const { status, body } = await analytics(query)
      expect(status).toBe(400)
      expect(body.errors[0].field).toBe(field)
      expect(body.errors[0].message).toMatch(message)
    }
  })

  it('answers staff only', async () => {
    const anonymous = await analytics(MARCH, {})
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toMatch(/Sign in/)
  })
})
