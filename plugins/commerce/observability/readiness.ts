import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { pendingMigrations } from '@/shared/db/pendingMigrations'
import { sqlDatabase } from '@/shared/db/sqlDatabase'
import { drainingSince } from '@/shared/observability/draining'
import { commerceOf } from '../feature'
import { integrationStatuses } from '../integrations/status'
import { coreIntegrations } from './lastSuccess'
import { telegramWebhookState, type WebhookState } from './telegramWebhookState'

export interface Readiness {
  ready: boolean
  /** The checks that failed, by name: `draining`, `database`, `migrations`, `telegramWebhook`. */
  failing: string[]
  body: Record<string, unknown>
}

// A database that takes longer than this to answer `select 1` is as good as down to a caller.
const DATABASE_TIMEOUT_MS = 2_000

/**
 * Whether this server should be sent requests: not shutting down, the database answers, every
 * migration the code expects is applied, and Telegram delivers to our webhook when the bot runs on
 * one. Integrations' last successes and the features' own notes are reported, not judged: an
 * outside system being quiet or down is no reason to take every server out of service.
 */
export async function readiness(payload: Payload): Promise<Readiness> {
  const { options, features } = commerceOf(payload)
  const failing: string[] = []
  const body: Record<string, unknown> = {}
  const since = drainingSince()
  if (since) {
    failing.push('draining')
    body.draining = since.toISOString()
  }

  const started = Date.now()
  try {
    await withTimeout(sqlDatabase(payload).execute(sql`select 1`), DATABASE_TIMEOUT_MS)
    body.database = 'up'
    body.databaseLatencyMs = Date.now() - started
  } catch (error) {
    payload.logger.error({ err: error }, 'readiness: database unreachable')
    failing.push('database')
    body.database = 'down'
    return { ready: false, failing, body }
  }

  const [missing, webhook, lastSuccess, integrations] = await Promise.all([
    pendingMigrations(payload, options.migrations ?? []).catch((error: Error) => error),
    telegramWebhookState(options.telegram),
    lastSuccesses(payload, [
      ...coreIntegrations,
      ...features.flatMap((feature) => feature.integrations ?? []),
    ]),
    integrationStatuses(payload).catch(() => []),
  ])
  if (missing instanceof Error) {
    failing.push('migrations')
    body.migrations = { error: missing.message }
  } else {
    if (missing.length) failing.push('migrations')
    body.migrations = missing.length ? { missing } : 'applied'
  }
  if (webhookNotSet(webhook)) failing.push('telegramWebhook')
  body.telegramWebhook = webhook
  body.lastSuccess = lastSuccess
  // Outside systems called through the integration client: reported, never judged (see above).
  body.integrations = Object.fromEntries(
    integrations.map(({ integration, lastSuccessAt, failuresInRow, lastError }) => [
      integration,
      { lastSuccess: lastSuccessAt?.toISOString() ?? null, failuresInRow, lastError },
    ]),
  )
  for (const feature of features) if (feature.health) body[feature.name] = feature.health() ?? 'ok'
  return { ready: failing.length === 0, failing, body }
}

const webhookNotSet = (state: WebhookState) => state.mode === 'webhook' && state.set === false

/** Each integration's last success as an ISO time (null: never, or not known). */
async function lastSuccesses(
  payload: Payload,
  probes: { name: string; lastSuccess: (payload: Payload) => Promise<Date | null> }[],
): Promise<Record<string, string | null>> {
  const times = await Promise.all(
    probes.map((probe) => probe.lastSuccess(payload).catch(() => null)),
  )
  return Object.fromEntries(probes.map((probe, i) => [probe.name, times[i]?.toISOString() ?? null]))
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
