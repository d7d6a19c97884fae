import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { perTurn } from './perTurn'

/** A server that took an update and died before finishing it lets a resend through after this. */
const ABANDONED_AFTER = '1 minute'
const PRUNE_EVERY_MS = 10 * 60_000

/**
 * Takes an update for handling: false when it was handled already, or is being handled right
 * now by this or another server. The updates of one turn share one statement; the same id twice
 * in a batch is taken once.
 */
export const takeUpdate = perTurn<number, boolean>(async (payload, ids) => {
  const unique = [...new Set(ids)]
  const { rows } = await sqlDatabase(payload).execute<{ update_id: string }>(sql`
    insert into telegram_updates (update_id, taken_at)
    select id, now() from unnest(${sql.param(unique)}::bigint[]) as id
    on conflict (update_id) do update set taken_at = now()
      where telegram_updates.done_at is null and telegram_updates.taken_at < now() - ${ABANDONED_AFTER}::interval
    returning update_id`)
  const taken = new Set(rows.map((row) => Number(row.update_id)))
  pruneNow(payload)
  return ids.map((id) => taken.delete(id))
})

/** Marks an update handled: a later resend of it changes nothing. */
export const finishUpdate = perTurn<number, void>(async (payload, ids) => {
  await sqlDatabase(payload).execute(
    sql`update telegram_updates set done_at = now() where update_id = any(${sql.param([...ids])}::bigint[])`,
  )
  return ids.map(() => undefined)
})

const lastPruned = new WeakMap<Payload, number>()

function pruneNow(payload: Payload) {
  if (Date.now() - (lastPruned.get(payload) ?? 0) < PRUNE_EVERY_MS) return
  lastPruned.set(payload, Date.now())
  sqlDatabase(payload)
    .execute(sql`delete from telegram_updates where taken_at < now() - interval '1 day'`)
    .catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'telegram: could not prune the seen updates'),
    )
}
