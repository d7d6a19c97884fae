import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/** The settings' ordering rules as plain SQL reads them; unset ones are null. */
export interface SavedOrderingRules {
  minOrderAmount: number | null
  timezone: string
  cutoff: string | null
  daysAhead: number | null
}

/**
 * The ordering rules as one JSON value, to select in plain SQL on hot paths (the bot's `/order`,
 * every order write) where reading the whole global cost more than the rest of the work.
 * Null while the settings have never been saved.
 */
export const orderingRulesValue = sql`(
  select json_build_object('minOrderAmount', min_order_amount::float8, 'timezone', timezone,
                           'cutoff', order_cutoff_time, 'daysAhead', delivery_days_ahead::float8)
    from settings limit 1)`

/** Settings never saved have no row yet: Payload knows the defaults. */
export async function unsavedOrderingRules(
  payload: Payload,
  req?: PayloadRequest,
): Promise<SavedOrderingRules> {
  const global = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })
  return {
    minOrderAmount: global.minOrderAmount ?? null,
    timezone: global.timezone,
    cutoff: global.orderCutoffTime ?? null,
    daysAhead: global.deliveryDaysAhead ?? null,
  }
}
