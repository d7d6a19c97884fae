import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { consume, release, reserve } from '@/domain/stock'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { afterConsume, afterRelease, afterReserve, canReserve } from '@/shared/db/stockFragments'
import { closePayload, openPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await openPayload()
})
afterAll(() => closePayload(payload))

interface Row {
  available: number
  reserved: number
  quantity: number
  can: boolean
  reservedAvailable: number
  reservedReserved: number
  releasedAvailable: number
  releasedReserved: number
  consumedAvailable: number
  consumedReserved: number
}

/** The stock fragments answer as their twins in src/domain/stock.ts on every combination. */
describe('stock rules restated in SQL agree with the domain', () => {
  it('reserve, release and consume', async () => {
    const q = sql`x.quantity`
    const reserved = afterReserve('l', q)
    const released = afterRelease('l', q)
    const consumed = afterConsume('l', q)
    const { rows } = await sqlDatabase(payload).execute<Row>(sql`
      select l.available::float8 as available, l.reserved::float8 as reserved, x.quantity::float8 as quantity,
             ${canReserve('l', q)} as can,
             (${reserved.available})::float8 as "reservedAvailable", (${reserved.reserved})::float8 as "reservedReserved",
             (${released.available})::float8 as "releasedAvailable", (${released.reserved})::float8 as "releasedReserved",
             (${consumed.available})::float8 as "consumedAvailable", (${consumed.reserved})::float8 as "consumedReserved"
        from (select a::numeric as available, r::numeric as reserved from unnest(array[0, 1, 9, 10, 11]) a cross join unnest(array[0, 3, 10]) r) l
       cross join (select q::numeric as quantity from unnest(array[-1, 0, 1, 3, 10, 11]) q) x`)
    expect(rows).toHaveLength(5 * 3 * 6)
    for (const row of rows) {
      const level = { available: row.available, reserved: row.reserved }
      const twin = reserve(level, row.quantity)
      expect([row, row.can]).toEqual([row, twin !== null])
      if (twin)
        expect([row, row.reservedAvailable, row.reservedReserved]).toEqual([
          row,
          twin.available,
          twin.reserved,
        ])
      if (row.quantity > 0) {
        const back = release(level, row.quantity)
        const gone = consume(level, row.quantity)
        expect([row, row.releasedAvailable, row.releasedReserved]).toEqual([
          row,
          back.available,
          back.reserved,
        ])
        expect([row, row.consumedAvailable, row.consumedReserved]).toEqual([
          row,
          gone.available,
          gone.reserved,
        ])
      }
    }
  })
})
