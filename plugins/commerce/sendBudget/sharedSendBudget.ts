import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import {
  bookDeparture,
  type Departure,
  type DepartureRequest,
  missedSlot,
} from '@/domain/sendBudget'
import { type SqlExecutor, sqlDatabase } from '@/shared/db/sqlDatabase'

const BOT = 'all'
/** Spare capacity: fewer messages waiting for the bot's slots than leave in this long (about 7). */
const SPARE_MS = 250

interface Transactional {
  transaction: <T>(run: (tx: SqlExecutor) => Promise<T>) => Promise<T>
}

/** Departure times relative to now, so that servers whose clocks differ still agree. */
export type Booking =
  | { go: true; inMs: number }
  | { go: false; retryInMs: number; reason: 'chat' | 'busy' }

export interface SharedSendBudget {
  /**
   * Books the next departure for `chatId` and waits for it: resolves when it is time to send, or
   * with when to ask again. A slot this process woke up to too late is booked anew.
   */
  depart: (
    chatId: number | string,
    options: Omit<DepartureRequest, 'chatId' | 'now'> & {
      /** Waits for a busy chat's turn (within the horizon) instead of saying when to ask again. */
      waitForChat?: boolean
    },
  ) => Promise<Booking>
  /** Books the next departure for `chatId`, or says when to ask again. */
  book: (
    chatId: number | string,
    options: Omit<DepartureRequest, 'chatId' | 'now'>,
  ) => Promise<Booking>
  /** Telegram answered 429: no server sends before `retryAfterMs` has passed. */
  pause: (retryAfterMs: number) => Promise<void>
  /**
   * Whether the bot has slots to spare (no backlog, no pause): a chat action or a reaction goes
   * only then, and books none, so it never takes a message's place.
   */
  spare: () => Promise<boolean>
  /** Forgets chats nobody wrote to for a minute: their rows no longer constrain anything. */
  prune: () => Promise<void>
}

/**
 * Telegram's limits kept across every server on this database. The rule is `bookDeparture`; this
 * stores its state in `send_budget` and takes the clock from PostgreSQL, so two servers book from
 * one clock. One booking is one short transaction: the upsert locks the bot's row and the chat's
 * (always in that order, so two servers never deadlock) and returns their state.
 */
export function sharedSendBudget(payload: Payload): SharedSendBudget {
  const db = (payload.db as unknown as { drizzle: Transactional }).drizzle
  const budget: SharedSendBudget = {
    async depart(chatId, { waitForChat = false, ...options }) {
      const deadline = Date.now() + options.horizonMs
      for (;;) {
        const booking = await budget.book(chatId, { ...options, horizonMs: deadline - Date.now() })
        if (!booking.go) {
          if (
            !waitForChat ||
            booking.reason !== 'chat' ||
            Date.now() + booking.retryInMs > deadline
          )
            return booking
          await new Promise((resolve) => setTimeout(resolve, booking.retryInMs))
          continue
        }
        const at = Date.now() + booking.inMs
        await new Promise((resolve) => setTimeout(resolve, booking.inMs))
        if (!missedSlot(at, Date.now())) return booking
      }
    },
    book: (chatId, options) =>
      db.transaction(async (tx) => {
        const chat = `chat:${chatId}`
        const { rows } = await tx.execute<{ key: string; next_at: number; now: number }>(sql`
          insert into send_budget as budget (key, next_at)
          values (${BOT}, to_timestamp(0)), (${chat}, to_timestamp(0))
          on conflict (key) do update set key = budget.key
          returning key,
                    (extract(epoch from next_at) * 1000)::float8 as next_at,
                    (extract(epoch from clock_timestamp()) * 1000)::float8 as now`)
        const now = Number(rows[0].now)
        const stateOf = (key: string) => Number(rows.find((row) => row.key === key)?.next_at ?? 0)
        const departure: Departure = bookDeparture(
          { nextAt: stateOf(BOT), chatNextAt: stateOf(chat) },
          { chatId, now, ...options },
        )
        if (!departure.go)
          return { go: false, retryInMs: departure.retryAt - now, reason: departure.reason }
        await tx.execute(sql`
          update send_budget
             set next_at = to_timestamp(case key when ${BOT} then ${departure.state.nextAt}::float8
                                                 else ${departure.state.chatNextAt}::float8 end / 1000),
                 updated_at = now()
           where key in (${BOT}, ${chat})`)
        return { go: true, inMs: departure.at - now }
      }),
    async pause(retryAfterMs) {
      await sqlDatabase(payload).execute(sql`
        insert into send_budget as budget (key, next_at)
        values (${BOT}, clock_timestamp() + ${`${retryAfterMs} milliseconds`}::interval)
        on conflict (key) do update set next_at = greatest(budget.next_at, excluded.next_at),
                                        updated_at = now()`)
    },
    async spare() {
      const { rows } = await sqlDatabase(payload).execute<{ spare: boolean }>(sql`
        select coalesce((select next_at <= clock_timestamp() + ${`${SPARE_MS} milliseconds`}::interval
                           from send_budget where key = ${BOT}), true) as spare`)
      return Boolean(rows[0]?.spare)
    },
    async prune() {
      await sqlDatabase(payload).execute(sql`
        delete from send_budget
         where key <> ${BOT} and next_at < clock_timestamp() - interval '1 minute'`)
    },
  }
  return budget
}
