import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { sqlDatabase } from '../../../src/db/sqlDatabase'

/**
 * A key-value store over `bot-sessions` in the shape grammY's storages take. Plain SQL with an
 * upsert: it is read and written on every update of a conversation, the bot's hottest path.
 */
export function sessionStorage<T>(payload: Payload) {
  const db = () => sqlDatabase(payload)
  return {
    async read(key: string): Promise<T | undefined> {
      const { rows } = await db().execute<{ value: T }>(sql`select value from bot_sessions where key = ${key}`)
      return rows[0]?.value
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
