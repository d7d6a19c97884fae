import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { OfferKind } from '@/domain/starsOffer'
import { type SqlExecutor, sqlDatabase } from '@/shared/db/sqlDatabase'

/** A package, pass or premium item as an invoice and a pre-checkout need it. */
export interface StarsItem {
  kind: OfferKind
  id: number
  active: boolean
  priceStars: number
  /** The package's or pass's name, the content's title. */
  name: string
  /** Packages: credits and bonus. */
  credits?: number
  bonus?: number
  /** Passes: how long one lasts. */
  hours?: number
  /** Premium content: its text and its file. */
  description?: string | null
  media?: number | null
}

// Plain SQL: a pre-checkout is answered within Telegram's 10 seconds, so it reads one row, no more.
const SELECTS = {
  credits: sql`select 'credits' as kind, id, coalesce(active, true) as active, price_stars::float8 as "priceStars",
                      name, credits::float8 as credits, coalesce(bonus, 0)::float8 as bonus
                 from credit_packages`,
  pass: sql`select 'pass' as kind, id, coalesce(active, true) as active, price_stars::float8 as "priceStars",
                   name, hours::float8 as hours
              from passes`,
  premium: sql`select 'premium' as kind, id, coalesce(active, true) as active, price_stars::float8 as "priceStars",
                      title as name, description, file_id as media
                 from premium_content`,
} as const

const ORDER = { credits: sql`credits`, pass: sql`hours`, premium: sql`id` } as const

/** The item as it is now, or null when it was deleted. */
export async function currentItem(
  db: SqlExecutor,
  kind: OfferKind,
  id: number,
): Promise<StarsItem | null> {
  const { rows } = await db.execute<StarsItem>(sql`${SELECTS[kind]} where id = ${id}`)
  return rows[0] ?? null
}

/** What is on sale of one kind, in the order clients compare them. */
export async function itemsOnSale(payload: Payload, kind: OfferKind): Promise<StarsItem[]> {
  const { rows } = await sqlDatabase(payload).execute<StarsItem>(
    sql`${SELECTS[kind]} where active is not false order by ${ORDER[kind]}, id`,
  )
  return rows
}

/** The active package of exactly `credits` (`/buy10`). */
export async function packageOf(payload: Payload, credits: number): Promise<StarsItem | null> {
  const { rows } = await sqlDatabase(payload).execute<StarsItem>(
    sql`${SELECTS.credits} where credits = ${credits} and active is not false`,
  )
  return rows[0] ?? null
}

/** The premium content a client unlocked, by content id. */
export async function unlockedBy(
  payload: Payload,
  client: number | undefined,
): Promise<Set<number>> {
  if (client === undefined) return new Set()
  const { rows } = await sqlDatabase(payload).execute<{ content: number }>(
    sql`select content_id as content from unlocks where client_id = ${client}`,
  )
  return new Set(rows.map((row) => row.content))
}
