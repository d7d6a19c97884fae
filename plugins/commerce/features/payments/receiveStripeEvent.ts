import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type Stripe from 'stripe'

import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { processStripeEvent } from './processStripeEvent'

export type Receipt = 'processed' | 'flagged' | 'duplicate' | 'failed' | 'in_progress'

/** A claim left this long by a server that died is free again; processing an event takes seconds at most. */
const STALE_CLAIM = '2 minutes'
/** How long a repeat of an event being processed waits for the first one's outcome. */
const AWAIT_OUTCOME_MS = 10_000

/**
 * Stores the event once by its id, then processes it if this request holds it. A replay of a
 * processed event is a duplicate; one whose processing failed is tried again (Stripe resends it,
 * or staff press "Process again"). A replay of one still being processed answers as the first
 * does once it ends, and `in_progress` if it does not end: the server processing it may have died
 * with it stored, and only an answer other than 2xx makes Stripe send it again.
 */
export async function receiveStripeEvent(
  payload: Payload,
  stripe: Stripe,
  event: Stripe.Event,
): Promise<Receipt> {
  const db = sqlDatabase(payload)
  const inserted = await db.execute(sql`
    insert into stripe_events (event_id, type, status, attempts, payload, updated_at, created_at)
    values (${event.id}, ${event.type}, 'processing', 1, ${JSON.stringify(event)}::jsonb, now(), now())
    on conflict (event_id) do nothing
    returning id`)
  if (inserted.rows.length === 0 && !(await claim(payload, event.id)))
    return outcomeOf(payload, event.id)
  return processClaimed(payload, stripe, event)
}

async function outcomeOf(payload: Payload, eventId: string): Promise<Receipt> {
  for (let waited = 0; waited < AWAIT_OUTCOME_MS; waited += 100) {
    const { rows } = await sqlDatabase(payload).execute<{ status: string }>(
      sql`select status from stripe_events where event_id = ${eventId}`,
    )
    const status = rows[0]?.status
    if (status === 'failed') return 'failed'
    if (status !== 'processing' && status !== 'pending') return 'duplicate'
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return 'in_progress'
}

/** Takes a stored event that is pending, failed, or abandoned by a dead server. */
export async function claim(payload: Payload, eventId: string): Promise<boolean> {
  const { rows } = await sqlDatabase(payload).execute(sql`
    update stripe_events set status = 'processing', attempts = attempts + 1, updated_at = now()
     where event_id = ${eventId}
       and (status in ('pending', 'failed') or (status = 'processing' and updated_at < now() - ${STALE_CLAIM}::interval))
     returning id`)
  return rows.length > 0
}

export async function processClaimed(
  payload: Payload,
  stripe: Stripe,
  event: Stripe.Event,
): Promise<Receipt> {
  const db = sqlDatabase(payload)
  try {
    const outcome = await processStripeEvent(payload, stripe, event)
    const error = outcome.status === 'flagged' ? outcome.reason : null
    await db.execute(
      sql`update stripe_events set status = ${outcome.status}, error = ${error}, updated_at = now() where event_id = ${event.id}`,
    )
    return outcome.status
  } catch (error) {
    payload.logger.error({ err: error, event: event.id }, 'stripe webhook: processing failed')
    await db.execute(
      sql`update stripe_events set status = 'failed', error = ${String(error).slice(0, 500)}, updated_at = now() where event_id = ${event.id}`,
    )
    return 'failed'
  }
}
