import { sql } from '@payloadcms/db-postgres'

import { addDays } from '@/domain/calendarDate'
import type { DayRange } from '@/domain/reportPeriods'
import { NOT_SALES } from '@/domain/salesFigures'

/*
 * The dashboard's rules restated in SQL, each beside the name of its twin in src/domain;
 * tests/integration/reportFragments.test.ts holds every pair to the same answers on the same rows.
 * `alias` is the query's name for the table.
 */

const notSales = sql.raw(`(${NOT_SALES.map((status) => `'${status}'`).join(', ')})`)

/** `isSale` (src/domain/salesFigures.ts): an order that is not cancelled. */
export const sale = (order: string) =>
  sql`(coalesce(${sql.raw(order)}.status, 'new') not in ${notSales})`

/**
 * `isWithin` on the delivery day (src/domain/reportPeriods.ts): delivery dates are calendar days
 * stored at 12:00 UTC, so a range of days is their UTC days, a range the delivery date's index reads.
 */
export const deliveredWithin = (order: string, range: DayRange) =>
  sql`(${sql.raw(order)}.delivery_date >= ${`${range.first}T00:00:00.000Z`}::timestamptz and ${sql.raw(order)}.delivery_date < ${`${addDays(range.last, 1)}T00:00:00.000Z`}::timestamptz)`

/** `isSaleWithin` (src/domain/salesFigures.ts): a sale of a day in `range`. */
export const saleWithin = (order: string, range: DayRange) =>
  sql`(${sale(order)} and ${deliveredWithin(order, range)})`

/** The delivery date's calendar day, `YYYY-MM-DD`: the UTC day of the stored 12:00. */
export const deliveryDay = (order: string) =>
  sql`to_char(${sql.raw(order)}.delivery_date at time zone 'UTC', 'YYYY-MM-DD')`

/**
 * `responseWaits` (src/domain/supportResponse.ts): this client message starts a wait, the message
 * before it in its conversation (internal notes aside) being an answer, or none.
 */
export const startsWait = (message: string) => {
  const m = sql.raw(message)
  return sql`(${m}.direction = 'in' and coalesce((
      select p.direction from support_messages p
       where p.conversation_id = ${m}.conversation_id and p.direction <> 'note'
         and (p.created_at, p.id) < (${m}.created_at, ${m}.id)
       order by p.created_at desc, p.id desc limit 1), 'out') = 'out')`
}

/** `responseWaits` (src/domain/supportResponse.ts): when staff first answered after this message, or null. */
export const answeredAt = (message: string) => {
  const m = sql.raw(message)
  return sql`(select a.created_at from support_messages a
       where a.conversation_id = ${m}.conversation_id and a.direction = 'out'
         and (a.created_at, a.id) > (${m}.created_at, ${m}.id)
       order by a.created_at, a.id limit 1)`
}
