import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadHandler } from 'payload'
import { inTransaction } from '@/shared/db/inTransaction'
import { transactionDatabase } from '@/shared/db/transactionDatabase'
import { refusal, refuseUnlessRole } from '@/shared/http/refusal'
import { enqueue } from '../outbox/enqueue'

type Action = 'retry' | 'dismiss'

const NOT_REPEATABLE =
  'This call cannot be sent again from here: redo it where it started, then dismiss it'

/**
 * Retry sends the failed call again through the outbox; dismiss closes it as handled by hand. The
 * status moves from open in one conditional update, so a double click retries once.
 */
const act =
  (action: Action): PayloadHandler =>
  async (req) => {
    const refused = refuseUnlessRole(req, ['admin', 'manager'])
    if (refused) return refused
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id)) return refusal({ status: 404, message: 'No such failure' })
    return inTransaction(req, async () => {
      const db = await transactionDatabase(req)
      const { rows } = await db.execute<{ status: string; retry: Record<string, unknown> | null }>(
        sql`select status, retry from integration_failures where id = ${id} for update`,
      )
      const failure = rows[0]
      if (!failure) return refusal({ status: 404, message: 'No such failure' })
      if (failure.status !== 'open')
        return refusal({
          status: 409,
          field: 'status',
          message: `This failure is already ${failure.status}`,
        })
      if (action === 'retry') {
        const { topic, body } = failure.retry ?? {}
        if (typeof topic !== 'string' || !body || typeof body !== 'object')
          return refusal({ status: 409, message: NOT_REPEATABLE })
        await enqueue(req.payload, topic, body as Record<string, unknown>, req)
      }
      await db.execute(sql`
        update integration_failures
           set status = ${action === 'retry' ? 'retried' : 'dismissed'},
               handled_by_id = ${req.user?.id ?? null}, handled_at = now(), updated_at = now()
         where id = ${id}`)
      return Response.json({ id, status: action === 'retry' ? 'retried' : 'dismissed' })
    })
  }

export const failureActionEndpoints: Endpoint[] = [
  { path: '/:id/retry', method: 'post', handler: act('retry') },
  { path: '/:id/dismiss', method: 'post', handler: act('dismiss') },
]
