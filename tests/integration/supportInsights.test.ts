import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { type CaseMessage, supportCases } from '@/domain/supportInsights'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { supportCasesBetween } from '@/shared/db/supportCaseFragments'
import { makeClient, makeUser, PASSWORD } from '../support/fixtures'
import { closePayload, openPayload, unique } from '../support/payload'
import { login, type RestServer, startRestServer } from '../support/restServer'

/*
 * Conversations planted in December 2038 (this file's month), in Tashkent's time (UTC+5): the
 * insights' figures are known by hand, and the cases computed in SQL agree with `supportCases`.
 */
const TELEGRAM = 86_500_000
const DECEMBER = '?from=2038-12-01&to=2038-12-31'
const MIN = 60_000

let payload: Payload
let server: RestServer
let headers: Record<string, string>
const staff = { a: 0, b: 0 }
const conversations: number[] = []
/** Each planted conversation's messages, as the domain reads them. */
const planted: CaseMessage[][] = []

async function conversation(
  n: number,
  messages: [CaseMessage['direction'], string, number | null, string?][],
) {
  const db = sqlDatabase(payload)
  const client = await makeClient(payload, { name: unique('Insights '), telegramId: TELEGRAM + n })
  const { rows } = await db.execute<{ id: number }>(sql`
    insert into conversations (client_id, chat_id, status, unread_count, updated_at, created_at)
    values (${client.id}, ${TELEGRAM + n}, 'open', 0, now(), now()) returning id`)
  const id = rows[0].id
  conversations.push(id)
  for (const [direction, at, author, category] of messages)
    await db.execute(sql`
      insert into support_messages (conversation_id, direction, kind, text, author_id, triage_category, created_at, updated_at)
      values (${id}, ${direction}, 'text', 'planted', ${author}, ${category ?? null}, ${at}::timestamptz, now())`)
  planted.push(
    messages.map(([direction, at, author]) => ({ direction, at: Date.parse(at), author })),
  )
}

beforeAll(async () => {
  payload = await openPayload()
  server = await startRestServer()
  const manager = await makeUser(payload, 'manager')
  headers = await login(server.url, manager.email, PASSWORD)
  for (const key of ['a', 'b'] as const) {
    const user = await makeUser(payload, 'manager')
    await payload.update({ collection: 'users', id: user.id, data: { name: `Staff ${key}` } })
    staff[key] = user.id
  }
  await conversation(1, [
    ['in', '2038-12-10T06:00:00Z', null],
    ['in', '2038-12-10T06:01:00Z', null],
    ['out', '2038-12-10T06:10:00Z', staff.a],
    ['note', '2038-12-10T06:11:00Z', staff.b],
    ['out', '2038-12-10T06:30:00Z', staff.b],
    ['in', '2038-12-11T06:00:00Z', null],
    ['out', '2038-12-11T06:20:00Z', staff.a],
  ])
  await conversation(2, [
    ['in', '2038-12-10T08:00:00Z', null, 'delivery'],
    ['out', '2038-12-10T09:00:00Z', staff.b],
    ['in', '2038-12-12T08:00:00Z', null],
  ])
  await conversation(3, [
    ['in', '2038-12-11T10:00:00Z', null, 'payment'],
    ['out', '2038-12-11T10:05:00Z', null],
  ])
})

afterAll(async () => {
  if (payload && conversations.length) {
    const db = sqlDatabase(payload)
    await db.execute(
      sql`delete from support_messages where conversation_id = any(${sql.param(conversations)}::int[])`,
    )
    await db.execute(
      sql`delete from conversations where id = any(${sql.param(conversations)}::int[])`,
    )
  }
  await server?.close()
  if (payload) await closePayload(payload)
})

const insights = (query: string, auth: Record<string, string> | null = headers) =>
  fetch(`${server.url}/support/insights${query}`, { headers: auth ?? {} })

describe('GET /api/support/insights', () => {
  it('counts messages per day, response and resolution times overall and per staff member, and categories', async () => {
    const response = await insights(DECEMBER)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.perDay).toHaveLength(31)
    expect(body.perDay.filter((day: { in: number; out: number }) => day.in + day.out > 0)).toEqual([
      { day: '2038-12-10', in: 3, out: 3 },
      { day: '2038-12-11', in: 2, out: 2 },
      { day: '2038-12-12', in: 1, out: 0 },
    ])
    expect(body.cases).toBe(5)
    // First responses 10, 20, 60 and 5 minutes; resolutions 30, 20, 60 and 5.
    expect(body.firstResponse).toEqual({ count: 4, median: 15 * MIN, p90: 48 * MIN })
    expect(body.resolution).toEqual({ count: 4, median: 25 * MIN, p90: 51 * MIN })
    const byId = Object.fromEntries(
      body.staff.map((row: { id: number | null }) => [String(row.id), row]),
    )
    expect(byId[staff.a]).toEqual({
      id: staff.a,
      name: 'Staff a',
      firstResponse: { count: 2, median: 15 * MIN, p90: 19 * MIN },
      resolution: { count: 1, median: 20 * MIN, p90: 20 * MIN },
    })
    expect(byId[staff.b]).toEqual({
      id: staff.b,
      name: 'Staff b',
      firstResponse: { count: 1, median: 60 * MIN, p90: 60 * MIN },
      resolution: { count: 2, median: 45 * MIN, p90: 57 * MIN },
    })
    expect(byId.null).toMatchObject({
      firstResponse: { count: 1, median: 5 * MIN, p90: 5 * MIN },
    })
    expect(body.categories).toEqual({
      bucket: 'day',
      rows: [
        { period: '2038-12-10', category: 'delivery', count: 1 },
        { period: '2038-12-10', category: null, count: 2 },
        { period: '2038-12-11', category: 'payment', count: 1 },
        { period: '2038-12-11', category: null, count: 1 },
        { period: '2038-12-12', category: null, count: 1 },
      ],
    })
  })

  it('takes the cases that began within the days asked, and counts categories by week over long periods', async () => {
    const day = await (await insights('?from=2038-12-11&to=2038-12-11')).json()
    expect(day.cases).toBe(2)
    expect(day.firstResponse).toEqual({ count: 2, median: 12.5 * MIN, p90: 18.5 * MIN })
    // December and the two months after: other files plant their support messages before it.
    const long = await (await insights('?from=2038-12-01&to=2039-02-28')).json()
    expect(long.categories.bucket).toBe('week')
    // 10 and 11 December 2038 are a Friday and a Saturday: the week of Monday the 6th; the 12th too.
    expect(
      long.categories.rows.reduce((sum: number, row: { count: number }) => sum + row.count, 0),
    ).toBe(6)
    expect(new Set(long.categories.rows.map((row: { period: string }) => row.period))).toEqual(
      new Set(['2038-12-06']),
    )
  })

  it('refuses bad periods with the field and the reason, and anyone but staff', async () => {
    for (const [query, field] of [
      ['?from=2038-13-01&to=2038-12-31', 'from'],
      ['?from=2038-12-01&to=yesterday', 'to'],
      ['?from=2038-12-31&to=2038-12-01', 'from'],
      ['?from=2030-01-01&to=2038-12-31', 'from'],
      ['?from=%00&to=2038-12-31', 'from'],
    ]) {
      const response = await insights(query)
      expect(response.status).toBe(400)
      const body = await response.json()
      expect(JSON.stringify(body)).toContain(field)
    }
    expect([401, 403]).toContain((await insights(DECEMBER, null)).status)
  })
})

describe('the cases in SQL (supportCasesBetween) and in the domain (supportCases)', () => {
  it('agree on every planted conversation', async () => {
    const { rows } = await sqlDatabase(payload).execute<{
      conversation: number
      asked: string
      answered: string | null
      resolved: string | null
      first_author: number | null
      last_author: number | null
    }>(sql`select * from ${supportCasesBetween(new Date('2038-12-01T00:00:00Z'), new Date('2039-01-01T00:00:00Z'))} c
            where c.conversation = any(${sql.param(conversations)}::int[])
            order by c.conversation, c.asked`)
    const time = (value: string | null) => (value === null ? null : Date.parse(value))
    const fromSql = conversations.map((id) =>
      rows
        .filter((row) => row.conversation === id)
        .map((row) => ({
          askedAt: time(row.asked),
          answeredAt: time(row.answered),
          firstAuthor: row.first_author,
          resolvedAt: time(row.resolved),
          lastAuthor: row.last_author,
        })),
    )
    expect(fromSql).toEqual(planted.map(supportCases))
  })
})
