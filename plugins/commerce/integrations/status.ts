import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

export interface IntegrationStatus {
  integration: string
  lastSuccessAt: Date | null
  lastFailureAt: Date | null
  failuresInRow: number
  lastError: string | null
}

/** A call answered as its contract says: the run of failures ends. */
export async function recordSuccess(payload: Payload, integration: string): Promise<void> {
  await sqlDatabase(payload).execute(sql`
    insert into integration_status (integration, last_success_at, failures_in_row, updated_at, created_at)
    values (${integration}, now(), 0, now(), now())
    on conflict (integration) do update
       set last_success_at = now(), failures_in_row = 0, updated_at = now()`)
}

/** A call failed after its tries; returns how many have failed in a row, this one included. */
export async function recordFailure(
  payload: Payload,
  integration: string,
  error: string,
): Promise<number> {
  const { rows } = await sqlDatabase(payload).execute<{ n: number }>(sql`
    insert into integration_status (integration, last_failure_at, failures_in_row, last_error, updated_at, created_at)
    values (${integration}, now(), 1, ${error}, now(), now())
    on conflict (integration) do update
       set last_failure_at = now(), failures_in_row = integration_status.failures_in_row + 1,
           last_error = excluded.last_error, updated_at = now()
    returning failures_in_row as n`)
  return Number(rows[0].n)
}

const statusOf = (row: Record<string, unknown>): IntegrationStatus => ({
  integration: String(row.integration),
  lastSuccessAt: row.last_success_at ? new Date(String(row.last_success_at)) : null,
  lastFailureAt: row.last_failure_at ? new Date(String(row.last_failure_at)) : null,
  failuresInRow: Number(row.failures_in_row ?? 0),
  lastError: row.last_error ? String(row.last_error) : null,
})

/** Every integration that has been called, for `/api/health`. */
export async function integrationStatuses(payload: Payload): Promise<IntegrationStatus[]> {
  const { rows } = await sqlDatabase(payload).execute(sql`
    select integration, last_success_at, last_failure_at, failures_in_row, last_error
      from integration_status order by integration`)
  return rows.map(statusOf)
}

/** One integration's state; a system never called yet has no success and no failures. */
export async function integrationStatus(
  payload: Payload,
  integration: string,
): Promise<IntegrationStatus> {
  const { rows } = await sqlDatabase(payload).execute(sql`
    select integration, last_success_at, last_failure_at, failures_in_row, last_error
      from integration_status where integration = ${integration}`)
  return rows[0]
    ? statusOf(rows[0])
    : { integration, lastSuccessAt: null, lastFailureAt: null, failuresInRow: 0, lastError: null }
}
