import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { Order } from '../../../payload-types'

import { checkTransition, initialStatus } from '../../../src/domain/orderWorkflow'
import { actorOf } from '../actor'

/** Every path (admin, REST, bot, jobs) moves an order only along its workflow. */
export const enforceStatusWorkflow: CollectionBeforeChangeHook<Order> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (data.status && data.status !== initialStatus()) {
      throw refuse('status', `A new order starts as "${initialStatus()}"`)
    }
    return { ...data, status: initialStatus() }
  }
  if (!originalDoc) return data
  if (data.fulfillment && data.fulfillment !== originalDoc.fulfillment && originalDoc.status !== 'new') {
    throw refuse('fulfillment', 'Delivery or pickup can only be changed while the order is new')
  }
  const from = originalDoc.status ?? initialStatus()
  const to = data.status ?? from
  const check = checkTransition({ status: from, fulfillment: originalDoc.fulfillment }, to, actorOf(req).actor)
  if (!check.ok) throw refuse('status', check.message)
  return { ...data, status: to }
}

function refuse(path: string, message: string): ValidationError {
  return new ValidationError({ collection: 'orders', errors: [{ path, message }] })
}
