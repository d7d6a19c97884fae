import { DEAD_LETTERS_TOPIC } from '@commerce/integrations/deadLetters'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { sqlDatabase } from '@/shared/db/sqlDatabase'

/**
 * Leaves no staff alert about dead letters behind for the next test file: untold failures count as
 * told, a waiting alert is dropped, and the last alert is moved a minute back so the next file's
 * first failure is announced at once, as on a quiet day. Call it in `afterAll` of a file whose
 * tests make dead letters.
 */
export async function forgetDeadLetterAlerts(payload: Payload): Promise<void> {
  const db = sqlDatabase(payload)
  await db.execute(
    sql`update integration_failures set announced_at = now() where announced_at is null`,
  )
  await db.execute(sql`
    update outbox set status = 'dead', last_error = 'dropped by the tests'
     where topic = ${DEAD_LETTERS_TOPIC} and status = 'pending'`)
  await db.execute(sql`
    update outbox set sent_at = sent_at - interval '2 minutes'
     where topic = ${DEAD_LETTERS_TOPIC} and status = 'sent'`)
}
