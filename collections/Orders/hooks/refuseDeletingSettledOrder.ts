import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { deletionRefusal } from '@/domain/orderWorkflow'
import { requestLanguage } from '@/shared/requestLanguage'

/** An order the books refer to is cancelled, never deleted: its payments and invoices keep it. */
export const refuseDeletingSettledOrder: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const order = await req.payload.findByID({
    collection: 'orders',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!order) return
  const { totalDocs } = await req.payload.count({
    collection: 'transactions',
    where: { order: { equals: id } },
    overrideAccess: true,
    req,
  })
  const refusal = deletionRefusal(order, totalDocs)
  if (refusal) throw new APIError(refusal[requestLanguage(req)], 400, undefined, true)
}
