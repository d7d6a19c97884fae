import type { RefundMessage } from '@commerce/messageCharge'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq } from 'payload'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { SYSTEM_ENTRY } from './applyEntry'

/**
 * A paid support message the outbox parked dead was never read by the staff: its charge comes
 * back as a `refund` entry keyed `undelivered:<spend key>`, once however often this runs (the
 * key is unique; a second one at the same moment fails and rolls back whole).
 */
export const refundUndelivered: RefundMessage = async (payload, key) => {
  const refundKey = `undelivered:${key}`
  const req = await createLocalReq({ context: { [SYSTEM_ENTRY]: true } }, payload)
  await inTransaction(req, async () => {
    const { rows } = await (await transactionDatabase(req)).execute<{
      client: number
      amount: number
      kind: string | null
    }>(sql`
      select s.client_id as client, s.amount::float8 as amount, s.message_kind as kind
        from ledger_entries s
       where s.key = ${key} and s.kind = 'spend'
         and not exists (select 1 from ledger_entries r where r.key = ${refundKey})`)
    const spend = rows[0]
    if (!spend) return
    await payload.create({
      collection: 'ledger-entries',
      data: {
        client: spend.client,
        kind: 'refund',
        amount: -spend.amount,
        source: 'support',
        messageKind: spend.kind,
        key: refundKey,
      },
      overrideAccess: true,
      context: { [SYSTEM_ENTRY]: true },
      req,
    })
  })
}
