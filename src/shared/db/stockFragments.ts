import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>

/*
 * The stock rules of src/domain/stock.ts restated in SQL, for the conditional updates that
 * reserve, release and consume under concurrent orders; tests/integration/stockFragments.test.ts
 * holds each to its twin on the same rows. `level` is the query's name for the stock row,
 * `quantity` a parameter or a column.
 */

const column = (level: string, name: string) => sql.raw(`${level}.${name}`)

/** `reserve` (src/domain/stock.ts) succeeds: all of the quantity is available. */
export const canReserve = (level: string, quantity: SQL) =>
  sql`(${quantity} > 0 and ${column(level, 'available')} >= ${quantity})`

/** `reserve`: the level after the quantity moved from available to reserved. */
export const afterReserve = (level: string, quantity: SQL) => ({
  available: sql`${column(level, 'available')} - ${quantity}`,
  reserved: sql`${column(level, 'reserved')} + ${quantity}`,
})

/** `release`: what was reserved goes back to available (never more than is reserved). */
export const afterRelease = (level: string, quantity: SQL) => ({
  available: sql`${column(level, 'available')} + least(${quantity}, ${column(level, 'reserved')})`,
  reserved: sql`${column(level, 'reserved')} - least(${quantity}, ${column(level, 'reserved')})`,
})

/** `consume`: the reserved quantity leaves the warehouse. */
export const afterConsume = (level: string, quantity: SQL) => ({
  available: sql`${column(level, 'available')}`,
  reserved: sql`greatest(${column(level, 'reserved')} - ${quantity}, 0)`,
})
