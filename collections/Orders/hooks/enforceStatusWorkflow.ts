import { actorOf } from '@collections/Orders/actor'

import type { OrderStep } from '@collections/Orders/orderFacts'
import { orderFieldRefused } from '@collections/Orders/orderRefused'
import { checkTransition, initialStatus } from '@/domain/orderWorkflow'

/**
 * Every path (admin, REST, bot, jobs) moves an order only along its workflow, and only from the
 * status it was read in: two people pressing at once cannot both move it.
 */
export const enforceStatusWorkflow: OrderStep = (
  { data, operation, originalDoc, req },
  { stored },
) => {
  if (operation === 'create') {
    if (data.status && data.status !== initialStatus()) {
      throw orderFieldRefused('status', `A new order starts as "${initialStatus()}"`)
    }
    return { ...data, status: initialStatus() }
  }
  if (!originalDoc) return data
  if (
    data.fulfillment &&
    data.fulfillment !== originalDoc.fulfillment &&
    originalDoc.status !== 'new'
  ) {
    throw orderFieldRefused(
      'fulfillment',
      'Delivery or pickup can only be changed while the order is new',
    )
  }
  const from = originalDoc.status ?? initialStatus()
  const to = data.status ?? from
  const expected = req.context.expectedStatus ?? from
  // The facts' row lock waited for a concurrent move to commit, and read what it left behind.
  const current = stored?.status ?? from
  if ((to !== from || expected !== from) && current !== expected) {
    throw orderFieldRefused(
      'status',
      `The order was moved to "${current}" meanwhile; nothing was changed`,
    )
  }
  const check = checkTransition(
    { status: from, fulfillment: originalDoc.fulfillment },
    to,
    actorOf(req).actor,
  )
  if (!check.ok) throw orderFieldRefused('status', check.message)
  return { ...data, status: to }
}
