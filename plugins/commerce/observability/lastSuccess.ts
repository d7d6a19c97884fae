import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import type { IntegrationProbe } from '../feature'

/**
 * The core's integrations: the last notification Telegram accepted and the last update it
 * delivered that was handled. Read from the database, so every server reports the same times,
 * across restarts.
 */
export const coreIntegrations: IntegrationProbe[] = [
  {
    name: 'telegramSend',
    // The newest sent row by id: the primary key walks back from the end, no scan of history.
    lastSuccess: (payload) =>
      newest(
        payload,
        sql`select sent_at as at from outbox where status = 'sent' order by id desc limit 1`,
      ),
  },
  {
    name: 'telegramUpdate',
    lastSuccess: (payload) =>
      newest(
        payload,
        sql`select done_at as at from telegram_updates where done_at is not null
             order by taken_at desc limit 1`,
      ),
  },
]

/** The time the query's single `at` column gives, or null when it finds none. */
export async function newest(payload: Payload, query: unknown): Promise<Date | null> {
  const { rows } = await sqlDatabase(payload).execute<{ at: Date | string | null }>(query)
  const at = rows[0]?.at
  return at ? new Date(at) : null
}
