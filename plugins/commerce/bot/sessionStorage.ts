import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type Executor = { execute: (query: unknown) => Promise<{ rows: { value: unknown }[] }> }

/**
 * A key-value store over `bot-sessions` in the shape grammY's storages take. Plain SQL with an
 * upsert: it is read and written on every update of a conversation, the bot's hottest path.
 */
export function sessionStorage<T>(payload: Payload) {
  const db = () => (payload.db as unknown as { drizzle: Executor }).drizzle
  return {
    async read(key: string): Promise<T | undefined> {
      const { rows } = await db().execute(sql`select value from bot_sessions where key = ${key}`)
      return rows[0]?.value as T | undefined
    },
    async write(key: string, value: T): Promise<void> {
      await db().execute(sql`
        insert into bot_sessions (key, value, updated_at, created_at)
        values (${key}, ${JSON.stringify(value)}::jsonb, now(), now())
        on conflict (key) do update set value = excluded.value, updated_at = now()`)
    },
    async delete(key: string): Promise<void> {
      await db().execute(sql`delete from bot_sessions where key = ${key}`)
    },
  }
}
