import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/**
 * Forgets every departure the shared Telegram send budget booked, so a test starts as a bot that
 * has not written for a while: a group's 20 a minute spent by an earlier test of the same file (one
 * support group for all) would otherwise hold up this one's messages for minutes.
 */
export async function forgetSendBudget(payload: Payload): Promise<void> {
  await sqlDatabase(payload).execute(sql`delete from send_budget`)
}
