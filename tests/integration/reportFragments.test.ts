import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { calendarDateToStored } from '@/domain/calendarDate'
import { ORDER_STATUSES } from '@/domain/orderWorkflow'
import { isSale, isSaleWithin } from '@/domain/salesFigures'
import { responseWaits, type SupportMessageFact } from '@/domain/supportResponse'
import {
  answeredAt,
  deliveredWithin,
  deliveryDay,
  sale,
  saleWithin,
  startsWait,
} from '@/shared/db/reportFragments'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { makeClient } from '../support/fixtures'
import { closePayload, openPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await openPayload()
})
afterAll(() => closePayload(payload))

/** A PostgreSQL array literal: drizzle would send a JS array as a row of parameters. */
const pgArray = (values: string[]) => `{${values.join(',')}}`

/** Each of the dashboard's SQL fragments answers as its TypeScript twin on the same rows. */
describe("the dashboard's rules restated in SQL agree with the domain", () => {
  it('a sale, and a sale of a day in a range', async () => {
    const range = { first: '2034-03-01', last: '2034-03-31' }
    const days = ['2034-02-28', '2034-03-01', '2034-03-15', '2034-03-31', '2034-04-01']
    const { rows } = await sqlDatabase(payload).execute<{
      status: string | null
      day: string
      sale: boolean
      within: boolean
      saleWithin: boolean
    }>(sql`
      select o.status, ${deliveryDay('o')} as day, ${sale('o')} as sale,
             ${deliveredWithin('o', range)} as within, ${saleWithin('o', range)} as "saleWithin"
        from unnest(${pgArray([...ORDER_STATUSES, 'NULL'])}::text[]) s(status)
       cross join unnest(${pgArray(days.map(calendarDateToStored))}::timestamptz[]) d(delivery_date)
       cross join lateral (select s.status, d.delivery_date) o`)
    expect(rows).toHaveLength((ORDER_STATUSES.length + 1) * days.length)
    expect(new Set(rows.map((row) => row.day))).toEqual(new Set(days))
    for (const row of rows) {
      const order = { status: row.status, deliveryDate: row.day }
      expect([row, row.sale, row.saleWithin, row.within]).toEqual([
        row,
        isSale(order),
        isSaleWithin(order, range),
        isSaleWithin({ deliveryDate: row.day }, range),
      ])
    }
  })

  it('a delivery day stored at any hour of its UTC day stays in its day', async () => {
    const range = { first: '2034-03-10', last: '2034-03-10' }
    const { rows } = await sqlDatabase(payload).execute<{ at: string; within: boolean }>(sql`
      select o.delivery_date::text as at, ${deliveredWithin('o', range)} as within
        from unnest(${pgArray([
          '2034-03-09T23:59:59.999Z',
          '2034-03-10T00:00:00.000Z',
          '2034-03-10T12:00:00.000Z',
          '2034-03-10T23:59:59.999Z',
          '2034-03-11T00:00:00.000Z',
        ])}::timestamptz[]) o(delivery_date)`)
    expect(rows.map((row) => row.within)).toEqual([false, true, true, true, false])
  })

  it("a client's waits for a first answer", async () => {
    const db = sqlDatabase(payload)
    let seed = 11
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647
      return seed % n
    }
    const directions = ['in', 'in', 'out', 'note'] as const
    const conversationIds: number[] = []
    const sequences: SupportMessageFact[][] = []
    for (let round = 0; round < 12; round++) {
      const conversation = await payload.create({
        collection: 'conversations',
        data: { client: (await makeClient(payload)).id, chatId: 1_000_000 + round },
      })
      conversationIds.push(conversation.id)
      // Times only grow, sometimes not at all: two messages in the same millisecond keep their order.
      let at = Date.parse('2035-01-01T00:00:00.000Z')
      const messages = Array.from({ length: 1 + next(12) }, () => {
        at += next(3) * 60_000
        return { direction: directions[next(directions.length)], at }
      })
      sequences.push(messages)
      for (const message of messages)
        await db.execute(sql`
          insert into support_messages (conversation_id, direction, created_at, updated_at)
          values (${conversation.id}, ${message.direction}, ${new Date(message.at).toISOString()}, now())`)
    }
    const { rows } = await db.execute<{
      conversation: number
      asked: string
      answered: string | null
    }>(sql`
      select m.conversation_id as conversation, m.created_at::text as asked, ${answeredAt('m')}::text as answered
        from support_messages m
       where m.conversation_id in ${sql.raw(`(${conversationIds.join(', ')})`)} and ${startsWait('m')}
       order by m.conversation_id, m.created_at, m.id`)
    const fromSql = conversationIds.map((id) =>
      rows
        .filter((row) => row.conversation === id)
        .map((row) => ({
          askedAt: Date.parse(row.asked),
          answeredAt: row.answered === null ? null : Date.parse(row.answered),
        })),
    )
    expect(fromSql).toEqual(sequences.map(responseWaits))
    expect(fromSql.flat().length).toBeGreaterThan(5)
  })
})
