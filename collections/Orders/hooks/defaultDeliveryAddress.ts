import type { CollectionBeforeChangeHook } from 'payload'

import type { Order } from '../../../payload-types'

import { relationId } from '../../relationId'
import { orderClient } from '../orderClient'

/** A delivery goes to the client's usual address unless the order says otherwise. */
export const defaultDeliveryAddress: CollectionBeforeChangeHook<Order> = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.fulfillment !== 'delivery' || data.deliveryAddress?.trim()) return data
  const clientId = relationId(data.client)
  if (clientId === null) return data
  const client = await orderClient(req, clientId)
  return { ...data, deliveryAddress: client?.deliveryAddress || client?.legalAddress || null }
}
