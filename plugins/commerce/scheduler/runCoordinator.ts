import { sql } from '@payloadcms/db-postgres'
import type { RunCoordinator } from 'node-cron'
import type { Payload } from 'payload'

import { sqlDatabase } from '@/shared/db/sqlDatabase'

/**
 * node-cron's run coordinator over the `run-keys` table. `shouldRun` takes a key for this server
 * until `ttlMs` from now; a key whose run never completed (its server died) can be taken again
 * once that lease is over, a completed one never.
 */
export function postgresRunCoordinator(payload: Payload): Required<RunCoordinator> {
  const db = () => sqlDatabase(payload)
  return {
    async shouldRun(key, ttlMs) {
      const { rows } = await db().execute(sql`
        insert into run_keys (key, lease_until, updated_at, created_at)
        values (${key}, now() + ${`${ttlMs} milliseconds`}::interval, now(), now())
        on conflict (key) do update set lease_until = excluded.lease_until, updated_at = now()
          where run_keys.completed_at is null and run_keys.lease_until < now()
        returning id`)
      return rows.length > 0
    },
    async onComplete(key) {
      await db().execute(
        sql`update run_keys set completed_at = now(), updated_at = now() where key = ${key} and completed_at is null`,
      )
    },
  }
}

/**
 * Completes `key` and queues `text` for the staff chat in one statement: the message exists
 * exactly when the run is recorded as done, so neither a crash nor a second server can send it
 * twice or lose it.
 */
export async function completeWithStaffMessage(
  payload: Payload,
  key: string,
  text: string,
  result: string,
): Promise<boolean> {
  const { rows } = await sqlDatabase(payload).execute(sql`
    with done as (
      update run_keys set completed_at = now(), result = ${result}, updated_at = now()
       where key = ${key} and completed_at is null
       returning id)
    insert into outbox (topic, payload, status, attempts, available_at, updated_at, created_at)
    select 'staff.message', ${JSON.stringify({ text })}::jsonb, 'pending', 0, now(), now(), now() from done
    returning id`)
  return rows.length > 0
}
