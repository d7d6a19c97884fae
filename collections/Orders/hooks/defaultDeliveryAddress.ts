import type { OrderStep } from '@collections/Orders/orderFacts'

import { usualAddressOf } from '@/domain/deliveryAddress'

/** A delivery goes to the client's usual address unless the order says otherwise. */
export const defaultDeliveryAddress: OrderStep = ({ data, operation }, { client }) => {
  if (
    operation !== 'create' ||
    data.fulfillment !== 'delivery' ||
    data.deliveryAddress?.trim() ||
    !client
  )
    return data
  return { ...data, deliveryAddress: usualAddressOf(client) }
}
